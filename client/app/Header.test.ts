import { cleanup, fireEvent, render, screen, within } from '@testing-library/svelte'
import { afterEach, describe, expect, it } from 'vitest'
import { display } from './display-settings.svelte.ts'
import Header from './Header.svelte'

afterEach(() => {
  cleanup()
  display.reset()
})

describe('the header in 长辈版', () => {
  it('names the text size in words, never in CSS pixels, as it steps up and down', async () => {
    render(Header)
    await fireEvent.click(screen.getByRole('button', { name: '长辈版' }))
    const size = screen.getByRole('group', { name: '文字大小' })
    expect(within(size).getByText('较大')).toBeTruthy()
    await fireEvent.click(within(size).getByRole('button', { name: /文字变大/ }))
    expect(within(size).getByText('大')).toBeTruthy()
    await fireEvent.click(within(size).getByRole('button', { name: /文字变小/ }))
    await fireEvent.click(within(size).getByRole('button', { name: /文字变小/ }))
    expect(within(size).getByText('标准')).toBeTruthy()
    expect(document.body.textContent).not.toMatch(/\d\s*px/)
  })
})
