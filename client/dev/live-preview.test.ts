import { QueryClient } from '@tanstack/svelte-query'
import { describe, expect, it } from 'vitest'
import type { ViteHotContext } from 'vite/types/hot.js'
import type { Problem } from '../../core/content/problem.ts'
import { listenForContent } from './live-preview.ts'

/** Just enough of import.meta.hot to deliver the dev server's events by hand. */
function hotChannel() {
  const handlers = new Map<string, Set<(data: unknown) => void>>()
  const sent: string[] = []
  const hot = {
    on: (event: string, cb: (data: unknown) => void) => void handlers.set(event, (handlers.get(event) ?? new Set()).add(cb)),
    off: (event: string, cb: (data: unknown) => void) => void handlers.get(event)?.delete(cb),
    send: (event: string) => void sent.push(event),
  }
  const emit = (event: string, data: unknown) => handlers.get(event)?.forEach((cb) => cb(data))
  return { hot: hot as unknown as ViteHotContext, emit, sent }
}

const problem: Problem = { file: 'scenes/open-restaurant.json', line: 12, column: 7, pointer: '/steps/1/next', message: 'unknown step "flor-area"', zh: '未知的步骤 "flor-area"' }

describe('listenForContent', () => {
  it('asks the server at once for problems already there', () => {
    const { hot, sent } = hotChannel()
    listenForContent(hot, new QueryClient(), () => {})
    expect(sent).toEqual(['lobby:hello'])
  })

  it('reports the located problems of a broken save and clears them on the next good one, refetching every query', async () => {
    const { hot, emit } = hotChannel()
    const queries = new QueryClient()
    queries.setQueryData(['scene', 'open-restaurant'], { id: 'open-restaurant' })
    const reports: Problem[][] = []
    listenForContent(hot, queries, (p) => reports.push(p))

    emit('lobby:content-error', { problems: ['…'], located: [problem] })
    expect(reports).toEqual([[problem]])
    expect(queries.getQueryState(['scene', 'open-restaurant'])?.isInvalidated).toBe(false)

    emit('lobby:content', { version: 'abc' })
    expect(reports).toEqual([[problem], []])
    expect(queries.getQueryState(['scene', 'open-restaurant'])?.isInvalidated).toBe(true)
  })

  it('stops listening when asked', () => {
    const { hot, emit } = hotChannel()
    const reports: Problem[][] = []
    listenForContent(hot, new QueryClient(), (p) => reports.push(p))()
    emit('lobby:content-error', { problems: [], located: [problem] })
    expect(reports).toEqual([])
  })
})
