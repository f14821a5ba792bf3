// npm run diff-outcomes [-- scenes/x.json ...] [--base main] [--lang zh|en]: which answer routes of each situation
// end with a different outcome than on the base branch, judging each version with its own content
// (so an edited matter counts: order, materials, totals). A summary grouped by the way routes
// changed comes first, the routes after. Exits 0 when nothing changed, 1 when outcomes changed
// (for CI on content pull requests), 2 when an input is broken. The outcome lines follow --lang zh|en,
// else LANG, in the studio's words (core/studio/outcome-diff-text.ts).
import { execFileSync } from 'node:child_process'
import { relative, resolve } from 'node:path'
import type { Catalogue, SourceFile } from '../../core/content/catalogue.ts'
import { loadCatalogue } from '../../core/content/load.ts'
import { formatProblem, messageLanguage } from '../../core/content/problem.ts'
import { compareOutcomes } from '../../core/studio/outcome-diff.ts'
import { groupChanges } from '../../core/studio/outcome-diff-groups.ts'
import { outcomeDiffText } from '../../core/studio/outcome-diff-text.ts'
import { committedFiles } from '../content/committed-files.ts'
import { readSourceFiles } from '../content/read-source-files.ts'

function fail(message: string): never {
  console.error(message)
  process.exit(2)
}

function parseArgs(argv: string[]): { files: string[]; base: string } {
  const at = argv.indexOf('--base')
  const base = at >= 0 ? argv[at + 1] : 'main'
  const lang = argv.indexOf('--lang')
  const flags = new Set([at, lang].filter((i) => i >= 0).flatMap((i) => [i, i + 1]))
  const files = argv.filter((a, i) => !flags.has(i) && !a.startsWith('--lang='))
  if (!base) fail('usage: npm run diff-outcomes -- [scenes/<id>.json ...] [--base main] [--lang zh|en]')
  return { files, base }
}

function gitRoot(): string {
  try {
    return execFileSync('git', ['rev-parse', '--show-toplevel'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }).trim()
  } catch {
    return fail('diff-outcomes compares with a git branch: run it inside the repository')
  }
}

function committedOn(root: string, base: string): SourceFile[] {
  try {
    return committedFiles(root, base)
  } catch (e) {
    return fail((e as Error).message)
  }
}

function catalogueOf(files: SourceFile[], where: string, only: string[]): Catalogue {
  const { catalogue, problems } = loadCatalogue(files)
  if (!catalogue) fail(`the content ${where} cannot be loaded:\n${problems.map(formatProblem).join('\n')}`)
  const mine = problems.filter((p) => only.length === 0 || only.includes(p.file))
  if (where === 'in your working tree' && mine.length > 0) fail(`fix these problems first (npm run check):\n${mine.map(formatProblem).join('\n')}`)
  return catalogue
}

const args = process.argv.slice(2)
const { files, base } = parseArgs(args)
const text = outcomeDiffText(messageLanguage(args, process.env))
const root = gitRoot()
const only = files.map((f) => relative(root, resolve(f)).split('\\').join('/'))
const after = catalogueOf(await readSourceFiles(root), 'in your working tree', only)
const before = catalogueOf(committedOn(root, base), `on ${base}`, [])

let changedAny = false
const ids = only.length > 0 ? only.map((p) => p.replace(/^scenes\//, '').replace(/\.json$/, '')) : after.scenes.map((s) => s.id)
for (const id of ids) {
  const path = `scenes/${id}.json`
  const now = after.scenes.find((s) => s.id === id)
  if (!now) fail(`${path} is not a situation in your working tree`)
  const was = before.scenes.find((s) => s.id === id)
  if (!was) {
    console.log(`${text.say('new', { file: path, base })}\n`)
    continue
  }
  const { routes, changed } = compareOutcomes(was, now, before, after)
  if (changed.length === 0) {
    console.log(`${text.say('same', { file: path, n: routes, base })}\n`)
    continue
  }
  changedAny = true
  console.log(text.say('against', { file: path, base }))
  console.log(text.summary(groupChanges(changed), routes).join('\n'))
  console.log(`\n${text.say('routes')}`)
  for (const change of changed) console.log(text.route(change).join('\n'))
  console.log('')
}
process.exitCode = changedAny ? 1 : 0
