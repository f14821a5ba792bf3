import type { Catalogue } from '../../core/content/catalogue.ts'
import { ContentMemo } from '../../core/content/content-memo.ts'
import { loadCatalogue } from '../../core/content/load.ts'
import type { Problem } from '../../core/content/problem.ts'
import { readSourceFiles, SourceFileCache } from './read-source-files.ts'

export type ContentLoad = { catalogue: Catalogue | null; problems: Problem[] }

/**
 * Loads the content under `root` again and again (`npm run dev` on every save), reading from disk
 * and parsing only the files changed since the last load; the cross-file checks run over all of it.
 * A catalogue comes only when there is no problem at all, as in production.
 *
 * @example const content = contentReloader(root); await content.load(); edit(); await content.load(); content.counts() // { reads: n + 1, parses: n + 1 }
 */
export function contentReloader(root: string): { load: () => Promise<ContentLoad>; counts: () => { reads: number; parses: number } } {
  const texts = new SourceFileCache()
  const memo = new ContentMemo()
  return {
    load: async () => {
      const { catalogue, problems } = loadCatalogue(await readSourceFiles(root, texts), memo)
      return { catalogue: problems.length === 0 ? catalogue : null, problems }
    },
    counts: () => ({ reads: texts.reads, parses: memo.misses }),
  }
}
