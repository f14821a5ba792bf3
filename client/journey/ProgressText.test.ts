import { cleanup, render, screen } from '@testing-library/svelte'
import { afterEach, describe, expect, it } from 'vitest'
import ProgressText from './ProgressText.svelte'

afterEach(() => cleanup())

describe('ProgressText', () => {
  it('reads "第 3 个问题 · 还有 2–4 个问题" while the routes still possible differ in length', () => {
    render(ProgressText, { progress: { number: 3, left: { fewest: 2, most: 4 } } })
    expect(screen.getByTestId('progress').textContent).toContain('第 3 个问题 · 还有 2–4 个问题')
  })

  it('gives the exact count once it is fixed, and says which question is the last', () => {
    render(ProgressText, { progress: { number: 2, left: { fewest: 3, most: 3 } } })
    expect(screen.getByTestId('progress').textContent).toContain('还有 3 个问题')
    cleanup()
    render(ProgressText, { progress: { number: 5, left: { fewest: 0, most: 0 } } })
    expect(screen.getByTestId('progress').textContent).toContain('第 5 个问题 · 最后一个问题')
  })
})
