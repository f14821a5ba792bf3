import type { SourceFile } from '../content/catalogue.ts'
import type { Locale } from '../content/text.ts'
import { loadCatalogue } from '../content/load.ts'
import { compareOutcomes } from './outcome-diff.ts'
import { groupChanges } from './outcome-diff-groups.ts'
import { outcomeDiffText } from './outcome-diff-text.ts'

/** Lines in each interface language, so the studio shows the diff in the one it is in. */
export type DiffLines<T> = Record<Locale, T>

/** What the studio shows before a save: how the draft's outcomes differ from the last committed version. */
export type StudioOutcomeDiff =
  | { status: 'new'; file: string }
  | { status: 'unchecked'; file: string; reason: DiffLines<string> }
  | { status: 'compared'; file: string; routes: number; changed: number; summary: DiffLines<string[]>; changes: DiffLines<string[][]> }

/** One text of the diff in every language, in the words of `npm run diff-outcomes`. */
const inEach = <T>(make: (text: ReturnType<typeof outcomeDiffText>) => T): DiffLines<T> => ({ zh: make(outcomeDiffText('zh')), en: make(outcomeDiffText('en')) })

/**
 * The outcome diff of `file` (a situation) as edited in `now` against `committed`, each side judged
 * with its own content, as `npm run diff-outcomes` does. A situation not yet committed is `new`; a
 * draft that cannot be loaded (its checks fail) is `unchecked`, with why.
 *
 * @example studioOutcomeDiff(headFiles, workingFiles, 'scenes/open-tea-shop.json') // { status: 'new', file: 'scenes/open-tea-shop.json' }
 */
export function studioOutcomeDiff(committed: SourceFile[] | null, now: SourceFile[], file: string): StudioOutcomeDiff {
  const id = file.replace(/^scenes\//, '').replace(/\.json$/, '')
  const before = committed ? loadCatalogue(committed).catalogue : null
  const was = before?.scenes.find((s) => s.id === id)
  if (!before || !was) return { status: 'new', file }
  const after = loadCatalogue(now)
  const draft = after.catalogue?.scenes.find((s) => s.id === id)
  const mine = after.problems.filter((p) => p.file === file)
  if (!after.catalogue || !draft || mine.length > 0) return { status: 'unchecked', file, reason: inEach((text) => text.say('unchecked', { n: mine.length || 1 })) }
  const { routes, changed } = compareOutcomes(was, draft, before, after.catalogue)
  const groups = groupChanges(changed)
  return {
    status: 'compared',
    file,
    routes,
    changed: changed.length,
    summary: inEach((text) => (changed.length > 0 ? text.summary(groups, routes) : [])),
    changes: inEach((text) => changed.map((c) => text.route(c))),
  }
}
