import { modify, applyEdits, parse } from 'jsonc-parser'
import type { SourceFile } from '../content/catalogue.ts'
import type { ContentMemo } from '../content/content-memo.ts'
import { formatJson } from '../content/format-json.ts'
import { loadCatalogue } from '../content/load.ts'
import type { Matter } from '../content/matter.ts'
import type { Problem } from '../content/problem.ts'
import { sameJson } from './same-json.ts'

export interface ImportPlan {
  /** files to write (new or changed), by path */
  readonly writes: SourceFile[]
  /** files to delete (only with removeMissing) */
  readonly deletes: string[]
  readonly added: string[]
  readonly changed: string[]
  readonly unchanged: string[]
  /** matters in the content that the sheet does not have */
  readonly missing: string[]
  /** matters the content checks refused together with the rest, and why; nothing is written for them */
  readonly refused: { id: string; problems: Problem[] }[]
}

const LAYOUT = 'content/hall/layout.json'
const matterPath = (id: string) => `content/matters/${id}.json`

/**
 * Works out what an import changes, then runs every content check on the result, so a row that
 * breaks a rule across files (a window that does not exist, a prerequisite cycle) is refused like
 * a row with a bad cell, and the rest still import. `content` is what the import starts from: its
 * files, the matters they hold, and the memo that read them, so that each round parses only the
 * files the import writes.
 */
export function planImport(content: { files: readonly SourceFile[]; matters: readonly Matter[]; memo?: ContentMemo }, imported: readonly Matter[], sheetCodes: ReadonlySet<string>, removeMissing = false): ImportPlan {
  const { files, memo } = content
  const current = new Map(content.matters.map((m) => [m.code.implementation, m]))
  const missing = [...current.values()].filter((m) => !sheetCodes.has(m.code.implementation)).map((m) => m.id)
  let candidates = imported.filter((m) => !sameJson(m, current.get(m.code.implementation) ?? null))
  const refused: ImportPlan['refused'] = []
  for (let round = 0; round < 5; round++) {
    const proposal = propose(files, candidates, current, removeMissing ? missing : [])
    // Nothing to write or delete: the content stays as it was, and it was checked before the import.
    const unchangedContent = proposal.writes.length === 0 && (!removeMissing || missing.length === 0)
    const { problems } = unchangedContent ? { problems: [] } : loadCatalogue(proposal.files, memo)
    const blamed = new Map<string, Problem[]>()
    for (const p of problems) {
      const id = candidates.find((m) => p.file === matterPath(m.id))?.id
      if (id) blamed.set(id, [...(blamed.get(id) ?? []), p])
    }
    if (blamed.size === 0) {
      return {
        writes: proposal.writes,
        deletes: removeMissing ? missing.map(matterPath) : [],
        added: candidates.filter((m) => !current.has(m.code.implementation)).map((m) => m.id),
        changed: candidates.filter((m) => current.has(m.code.implementation)).map((m) => m.id),
        unchanged: imported.filter((m) => !candidates.includes(m)).map((m) => m.id),
        missing,
        refused,
      }
    }
    for (const [id, ps] of blamed) refused.push({ id, problems: ps })
    candidates = candidates.filter((m) => !blamed.has(m.id))
  }
  return { writes: [], deletes: [], added: [], changed: [], unchanged: [], missing, refused }
}

function propose(files: readonly SourceFile[], matters: readonly Matter[], current: ReadonlyMap<string, Matter>, removed: readonly string[]) {
  const writes: SourceFile[] = matters.map((m) => ({ path: matterPath(m.id), text: formatJson(m) }))
  const layout = files.find((f) => f.path === LAYOUT)
  if (layout) {
    const text = listMattersOnWindows(layout.text, matters, current, removed)
    if (text !== layout.text) writes.push({ path: LAYOUT, text })
  }
  const written = new Set(writes.map((w) => w.path))
  const gone = new Set(removed.map(matterPath))
  const next = [...files.filter((f) => !written.has(f.path) && !gone.has(f.path)), ...writes]
  return { writes, files: next }
}

/** Each window lists exactly the matters that name it (the content check demands both ways). */
function listMattersOnWindows(text: string, matters: readonly Matter[], current: ReadonlyMap<string, Matter>, removed: readonly string[]): string {
  const layout = parse(text) as { windows?: { number: number; matters?: string[] }[] }
  let out = text
  ;(layout.windows ?? []).forEach((w, i) => {
    let list = [...(w.matters ?? [])].filter((id) => !removed.includes(id))
    for (const m of matters) {
      const before = current.get(m.code.implementation)
      if (before && before.id !== m.id) list = list.filter((id) => id !== before.id)
      const wants = m.windows.includes(w.number)
      if (wants && !list.includes(m.id)) list.push(m.id)
      if (!wants) list = list.filter((id) => id !== m.id)
    }
    if (!sameJson(list, w.matters ?? [])) {
      out = applyEdits(out, modify(out, ['windows', i, 'matters'], list, { formattingOptions: { insertSpaces: true, tabSize: 2 } }))
    }
  })
  // modify() writes a changed list one id per line; the layout keeps each window's list on one line.
  return out.replace(/"matters": \[\s*([^\]]*?)\s*\]/g, (_, ids: string) => `"matters": [${ids.split(',').map((id) => id.trim()).filter(Boolean).join(', ')}]`)
}
