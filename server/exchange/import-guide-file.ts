import { mkdir, rm, writeFile } from 'node:fs/promises'
import { dirname, join } from 'node:path'
import { ContentMemo } from '../../core/content/content-memo.ts'
import { loadCatalogue } from '../../core/content/load.ts'
import { formatProblem } from '../../core/content/problem.ts'
import { planImport, type ImportPlan } from '../../core/exchange/import-plan.ts'
import { readGuideSheet, type ColumnMapping } from '../../core/exchange/read-guide-sheet.ts'
import type { Unmatched } from '../../core/exchange/read-cell.ts'
import type { CellProblem } from '../../core/exchange/workbook.ts'
import { readSourceFiles } from '../content/read-source-files.ts'
import { guideReferences } from './guide-references-of.ts'
import { readGuideFile } from './guide-file.ts'

export interface ImportReport {
  readonly rows: number
  readonly plan: ImportPlan
  readonly problems: CellProblem[]
  readonly unmatched: Unmatched[]
}

/** Imports a guide file into the content under `root`; writes nothing for any row with a problem. */
export async function importGuideFile(options: { root: string; file: string; mapping?: ColumnMapping; removeMissing?: boolean; dryRun?: boolean }): Promise<ImportReport> {
  const files = await readSourceFiles(options.root)
  // The plan checks the content again with the import's files in it; the memo spares it re-reading the rest.
  const memo = new ContentMemo()
  const { catalogue, problems } = loadCatalogue(files, memo)
  if (!catalogue) throw new Error(`the content has problems; fix them first (npm run check):\n${problems.map(formatProblem).join('\n')}`)
  const workbook = await readGuideFile(options.file)
  const read = readGuideSheet(workbook, catalogue.matters, guideReferences(catalogue), options.mapping)
  const plan = planImport({ files, matters: catalogue.matters, memo }, read.matters, read.codes, options.removeMissing)
  if (!options.dryRun) {
    for (const f of plan.writes) {
      await mkdir(dirname(join(options.root, f.path)), { recursive: true })
      await writeFile(join(options.root, f.path), f.text)
    }
    for (const path of plan.deletes) await rm(join(options.root, path))
  }
  return { rows: read.rows, plan, problems: read.problems, unmatched: read.unmatched }
}
