// npm run import -- <file.xlsx|file.csv|file.json> [--map mapping.json] [--remove-missing] [--dry-run]
// Reads a guide spreadsheet (实施清单) into content/matters/*.json; see content/import-sample/README.md.
import { readFile } from 'node:fs/promises'
import { parseArgs } from 'node:util'
import { formatProblem } from '../../core/content/problem.ts'
import { importGuideFile } from '../exchange/import-guide-file.ts'

const usage = 'usage: npm run import -- <file.xlsx|file.csv|file.json> [--map mapping.json] [--remove-missing] [--dry-run] [--root dir]'
let args
try {
  args = parseArgs({
    allowPositionals: true,
    options: { map: { type: 'string' }, 'remove-missing': { type: 'boolean' }, 'dry-run': { type: 'boolean' }, root: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
  })
} catch (error) {
  console.error(`${(error as Error).message}\n${usage}`)
  process.exit(2)
}
if (args.values.help || args.positionals.length !== 1) {
  console.log(usage)
  process.exit(args.values.help ? 0 : 2)
}
const [file] = args.positionals as [string]
let mapping: Record<string, string> = {}
if (args.values.map) {
  try {
    mapping = JSON.parse(await readFile(args.values.map, 'utf8')) as Record<string, string>
  } catch (error) {
    console.error(`${args.values.map}: cannot read the column mapping (${(error as Error).message}); write it as { "column in your sheet": "national field name" }`)
    process.exit(2)
  }
}
try {
  const report = await importGuideFile({
    root: args.values.root ?? process.cwd(),
    file,
    mapping,
    removeMissing: args.values['remove-missing'] ?? false,
    dryRun: args.values['dry-run'] ?? false,
  })
  const list = (ids: readonly string[]) => (ids.length > 0 ? `: ${ids.join(', ')}` : '')
  console.log(`${file}: ${report.rows} rows${args.values['dry-run'] ? ' (dry run: nothing written)' : ''}`)
  console.log(`  added ${report.plan.added.length}${list(report.plan.added)}`)
  console.log(`  changed ${report.plan.changed.length}${list(report.plan.changed)}`)
  console.log(`  unchanged ${report.plan.unchanged.length}`)
  const missingNote = args.values['remove-missing'] ? 'removed' : 'kept; --remove-missing deletes them'
  console.log(`  not in the sheet ${report.plan.missing.length}${report.plan.missing.length ? ` (${missingNote})${list(report.plan.missing)}` : ''}`)
  if (report.unmatched.length > 0) {
    console.log(`\nnot matched (${report.unmatched.length}): add them to content/departments.json, content/themes.json or content/hall/layout.json, or correct the sheet`)
    for (const u of report.unmatched) console.log(`  ${u.cell}  ${u.what} "${u.name}"`)
  }
  if (report.problems.length > 0 || report.plan.refused.length > 0) {
    console.log(`\nrows not imported (${report.problems.length + report.plan.refused.length} problems):`)
    for (const p of report.problems) console.log(`  ${p.cell}  column ${p.column}  ${p.message}`)
    for (const r of report.plan.refused) for (const p of r.problems) console.log(`  ${r.id}: ${formatProblem(p)}`)
    process.exitCode = 1
  }
} catch (error) {
  console.error(`${file}: ${(error as Error).message}`)
  process.exit(2)
}
