import { QueryClient } from '@tanstack/svelte-query'
import { cleanup, fireEvent, render, screen, within } from '@testing-library/svelte'
import { afterEach, describe, expect, it, vi } from 'vitest'
import layoutJson from '../../content/hall/layout.json'
import { HallLayout, hallPlan } from '../../core/content/hall-layout.ts'
import WithQueryClient from '../ui/WithQueryClient.svelte'
import HallDirectory from './HallDirectory.svelte'

afterEach(() => {
  cleanup()
  vi.unstubAllGlobals()
})

const layout = hallPlan(HallLayout.parse(layoutJson))
const answers: Record<string, unknown> = {
  '/api/departments': { departments: [{ id: 'market-regulation', name: { zh: '江川市市场监督管理局', en: 'Market Regulation' }, shortName: { zh: '市场监管局', en: 'Market Regulation' } }] },
  '/api/matters?window=1&limit=20': { total: 1, offset: 0, limit: 20, matters: [{ id: 'company-establishment', name: { zh: '企业设立登记', en: 'Company registration' } }] },
}

function stubServer() {
  const fetch = vi.fn(async (url: string) => new Response(JSON.stringify(answers[url]), { status: 200, headers: { 'content-type': 'application/json' } }))
  vi.stubGlobal('fetch', fetch)
  return fetch
}

function renderDirectory() {
  const onlook = vi.fn()
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } })
  render(WithQueryClient, { props: { client, component: HallDirectory, props: { layout, onlook } } })
  return onlook
}

describe('the hall directory', () => {
  it('stays a closed summary that fetches nothing until the citizen opens it', () => {
    const fetch = stubServer()
    renderDirectory()
    expect(screen.getByText('大厅窗口和设施')).toBeTruthy()
    expect(screen.queryByRole('button', { name: /1 号窗口/ })).toBeNull()
    expect(fetch).not.toHaveBeenCalled()
  })

  it('lists every window when opened and fetches the matters of the one chosen only', async () => {
    const fetch = stubServer()
    const onlook = renderDirectory()
    await fireEvent.click(screen.getByText('大厅窗口和设施'))
    const windows = await screen.findAllByRole('button', { name: /^\d+ 号窗口/ })
    expect(windows).toHaveLength(layout.windows.length)
    expect(fetch.mock.calls.map(([url]) => url)).toEqual(['/api/departments'])

    await fireEvent.click(windows[0]!)
    expect(onlook).toHaveBeenCalledWith({ window: 1 })
    const detail = document.getElementById('hall-window-1')!
    await within(detail).findByText(/市场监管局/)
    expect((await within(detail).findByRole('link', { name: '企业设立登记' })).getAttribute('href')).toBe('/matters/company-establishment')
    expect(fetch.mock.calls.map(([url]) => url)).toEqual(['/api/departments', '/api/matters?window=1&limit=20'])
  })
})
