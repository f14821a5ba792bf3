import type { CreateQueryResult } from '@tanstack/svelte-query'
import { cleanup, fireEvent, render, screen } from '@testing-library/svelte'
import { createRawSnippet } from 'svelte'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { ApiFailure } from '../api/api-failure.ts'
import QueryStatus from './QueryStatus.svelte'

afterEach(() => cleanup())

type State = Partial<{ isPending: boolean; isError: boolean; error: Error; data: string[] }>
const query = (state: State, refetch = vi.fn()) =>
  ({ isPending: false, isError: false, error: null, data: undefined, refetch, ...state }) as unknown as CreateQueryResult<unknown, Error>
const children = createRawSnippet((data: () => unknown) => ({ render: () => `<p>${(data() as string[]).join(', ')}</p>` }))

describe('QueryStatus', () => {
  it('says what is loading', () => {
    render(QueryStatus, { query: query({ isPending: true }), what: '办事指南', children })
    expect(screen.getByRole('status').textContent).toBe('正在加载办事指南……')
  })

  it('explains a failure in plain words and retries on request', async () => {
    const refetch = vi.fn()
    render(QueryStatus, { query: query({ isError: true, error: new ApiFailure(500, 'internal_error', 'boom') }, refetch), what: '办事指南', children })
    expect(screen.getByRole('alert').textContent).toContain('办事指南暂时没有加载出来。请稍后再试。')
    await fireEvent.click(screen.getByRole('button', { name: '重试' }))
    expect(refetch).toHaveBeenCalledOnce()
  })

  it('tells an offline citizen to check the connection', () => {
    render(QueryStatus, { query: query({ isError: true, error: new ApiFailure(0, 'network', 'x') }), what: '部门', children })
    expect(screen.getByRole('alert').textContent).toContain('连不上服务器')
  })

  it('offers no retry for something that does not exist', () => {
    render(QueryStatus, { query: query({ isError: true, error: new ApiFailure(404, 'matter_not_found', 'x') }), what: '办事指南', children })
    expect(screen.getByRole('alert').textContent).toContain('没有找到这个办事指南')
    expect(screen.queryByRole('button')).toBeNull()
  })

  it('shows the empty message instead of an empty list', () => {
    render(QueryStatus, { query: query({ data: [] }), what: '事项', empty: '没有找到与“xyz”有关的事项。', isEmpty: (d: unknown) => (d as string[]).length === 0, children })
    expect(screen.getByText('没有找到与“xyz”有关的事项。')).toBeTruthy()
  })

  it('renders the data once it is there', () => {
    render(QueryStatus, { query: query({ data: ['企业设立登记', '印章刻制'] }), what: '事项', children })
    expect(screen.getByText('企业设立登记, 印章刻制')).toBeTruthy()
  })
})
