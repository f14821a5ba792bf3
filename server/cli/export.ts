// npm run export -- <out.xlsx|out.json> [--root dir]
// Writes the catalogue as a guide spreadsheet (the layout npm run import reads) or as exchange JSON
// under the national field names, for the provincial matter-management system.
import { parseArgs } from 'node:util'
import { writeGuideSheet } from '../../core/exchange/write-guide-sheet.ts'
import { loadContentOrExplain } from '../content/load-content.ts'
import { guideReferences } from '../exchange/guide-references-of.ts'
import { writeGuideFile } from '../exchange/guide-file.ts'

const usage = 'usage: npm run export -- <out.xlsx|out.json> [--root dir]'
const args = parseArgs({ allowPositionals: true, strict: false, options: { root: { type: 'string' }, help: { type: 'boolean', short: 'h' } } })
const [out] = args.positionals
if (args.values.help || !out || !/\.(xlsx|json)$/i.test(out)) {
  console.log(usage)
  process.exit(args.values.help ? 0 : 2)
}
try {
  const catalogue = await loadContentOrExplain(typeof args.values.root === 'string' ? args.values.root : process.cwd())
  await writeGuideFile(out, writeGuideSheet(out, catalogue.matters, guideReferences(catalogue)))
  console.log(`${out}: ${catalogue.matters.length} matters`)
} catch (error) {
  console.error((error as Error).message)
  process.exit(2)
}
