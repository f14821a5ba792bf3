import type { QueryClient } from '@tanstack/svelte-query'
import type { ViteHotContext } from 'vite/types/hot.js'
import type { Problem } from '../../core/content/problem.ts'

/** What `npm run dev` (server/dev.ts) sends after each reload of content/ and scenes/. */
export type ContentVersion = { version: string }
export type ContentProblems = { problems: string[]; located: Problem[] }

/**
 * Connects the page to the dev server's content reloads: a good version refetches every query (the
 * open journey then renews itself with the answers still valid, see journeyFor), a broken one is
 * reported while the last good version keeps running. Returns how to stop listening.
 */
export function listenForContent(hot: ViteHotContext, queries: QueryClient, report: (problems: Problem[]) => void): () => void {
  const onContent = (_: ContentVersion) => {
    report([])
    void queries.invalidateQueries()
  }
  const onProblems = (data: ContentProblems) => report(data.located)
  hot.on('lobby:content', onContent)
  hot.on('lobby:content-error', onProblems)
  // The server answers with the current problems, if any, so a page opened on broken content shows them.
  hot.send('lobby:hello', {})
  return () => {
    hot.off('lobby:content', onContent)
    hot.off('lobby:content-error', onProblems)
  }
}
