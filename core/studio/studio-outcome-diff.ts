import type { SourceFile } from '../content/catalogue.ts'
import { loadCatalogue } from '../content/load.ts'
import { compareOutcomes } from './outcome-diff.ts'
import { groupChanges } from './outcome-diff-groups.ts'
import { changedPathText, changeSummaryText } from './outcome-diff-text.ts'

/** What the studio shows before a save: how the draft's outcomes differ from the last committed version. */
export type StudioOutcomeDiff =
  | { status: 'new'; file: string }
  | { status: 'unchecked'; file: string; reason: string }
  | { status: 'compared'; file: string; routes: number; changed: number; summary: string[]; changes: string[][] }

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
  if (!after.catalogue || !draft || mine.length > 0) return { status: 'unchecked', file, reason: `${mine.length || 1} ${mine.length > 1 ? 'problems' : 'problem'} to fix first` }
  const { routes, changed } = compareOutcomes(was, draft, before, after.catalogue)
  return { status: 'compared', file, routes, changed: changed.length, summary: changed.length > 0 ? changeSummaryText(groupChanges(changed), routes) : [], changes: changed.map(changedPathText) }
}
