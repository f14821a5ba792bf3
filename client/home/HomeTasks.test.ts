import { cleanup, render, screen } from '@testing-library/svelte'
import { afterEach, describe, expect, it } from 'vitest'
import HomeTasks from './HomeTasks.svelte'

afterEach(cleanup)

describe('HomeTasks', () => {
  it('links the home page to progress look-up, resuming by code and consultations or complaints', () => {
    render(HomeTasks)
    const href = (name: RegExp) => screen.getByRole('link', { name }).getAttribute('href')
    expect(href(/查询办理进度/)).toBe('/applications/lookup')
    expect(href(/继续填写/)).toBe('/resume')
    expect(href(/咨询投诉/)).toBe('/tickets/new')
  })
})
