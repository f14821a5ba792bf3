import { QueryClient } from '@tanstack/svelte-query'
import { cleanup, render, screen } from '@testing-library/svelte'
import { afterEach, describe, expect, it } from 'vitest'
import WithQueryClient from '../ui/WithQueryClient.svelte'
import SearchPage from './SearchPage.svelte'

afterEach(() => cleanup())

describe('the search page', () => {
  it('says what it is for once: its heading is the search box label', () => {
    const client = new QueryClient({ defaultOptions: { queries: { retry: false, enabled: false } } })
    render(WithQueryClient, { props: { client, component: SearchPage, props: { q: '', page: 1 } } })
    const heading = screen.getByRole('heading', { level: 1 })
    expect(heading.textContent).toBe('搜索办事事项')
    expect(screen.getByRole('searchbox', { name: '搜索办事事项' })).toBeTruthy()
    expect(document.body.textContent!.split('搜索办事事项').length - 1).toBe(1)
  })

  it('offers to continue from a kiosk short code typed as a search, the way the kiosk shows it', () => {
    const client = new QueryClient({ defaultOptions: { queries: { retry: false, enabled: false } } })
    render(WithQueryClient, { props: { client, component: SearchPage, props: { q: 'TFY RQ4' } } })
    expect(screen.getByRole('link', { name: /自助终端上的短码/ }).getAttribute('href')).toBe('/h/TFYRQ4')
  })
})
