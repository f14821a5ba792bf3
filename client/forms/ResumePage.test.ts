import { cleanup, render, screen } from '@testing-library/svelte'
import { afterEach, describe, expect, it, vi } from 'vitest'
import ResumePage from './ResumePage.svelte'

afterEach(() => {
  cleanup()
  vi.unstubAllGlobals()
})

const json = (status: number, body: unknown) => new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } })
const token = 'AbCdEfGhIjKlMnOpQrStUv'

describe('ResumePage', () => {
  it('says an old draft link was submitted and points to the lookup, without submitting it again or showing a receipt', async () => {
    const fetch = vi.fn().mockResolvedValue(json(410, { error: { code: 'draft_submitted', message: 'This draft was submitted and is now an application.' } }))
    vi.stubGlobal('fetch', fetch)
    render(ResumePage, { token })
    await vi.waitFor(() => expect(screen.getByText('这份申请已经提交')).toBeTruthy())
    expect(screen.getByRole('link', { name: '查询办理进度' }).getAttribute('href')).toBe('/applications/lookup')
    expect(fetch.mock.calls.map(([url, init]) => `${(init as RequestInit | undefined)?.method ?? 'GET'} ${String(url)}`)).toEqual(['GET /api/draft'])
    // The token goes in a header, never in the URL.
    expect((fetch.mock.calls[0]![1] as RequestInit).headers).toMatchObject({ 'Draft-Token': token })
    expect(location.pathname).not.toContain('/receipt')
  })
})
