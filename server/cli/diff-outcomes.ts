// npm run diff-outcomes -- scenes/x.json [--base main]: which answer routes of an edited script now end
// with a different outcome than on the base branch. Exits 0 whatever changed; 1 only when an input is broken.
import { execFileSync } from 'node:child_process'
import { readFile } from 'node:fs/promises'
import { relative, resolve } from 'node:path'
import { loadCatalogue } from '../../core/content/load.ts'
import { formatProblem } from '../../core/content/problem.ts'
import { SceneScript } from '../../core/scenes/script.ts'
import { diffOutcomes } from '../../core/studio/outcome-diff.ts'
import { changedPathText } from '../../core/studio/outcome-diff-text.ts'
import { readSourceFiles } from '../content/read-source-files.ts'

function fail(message: string): never {
  console.error(message)
  process.exit(1)
}

function parseArgs(argv: string[]): { file: string; base: string } {
  const at = argv.indexOf('--base')
  const base = at >= 0 ? argv[at + 1] : 'main'
  const file = argv.filter((_, i) => at < 0 || (i !== at && i !== at + 1))[0]
  if (!file || !base) fail('usage: tsx server/cli/diff-outcomes.ts scenes/<id>.json [--base main]')
  return { file, base }
}

function gitRoot(): string {
  try {
    return execFileSync('git', ['rev-parse', '--show-toplevel'], { encoding: 'utf8' }).trim()
  } catch {
    return fail('diff-outcomes compares with a git branch: run it inside the repository')
  }
}

/** The file as committed on `base`, or null when it does not exist there (a new situation). */
function committed(root: string, base: string, path: string): string | null {
  try {
    return execFileSync('git', ['show', `${base}:${path}`], { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] })
  } catch (e) {
    const stderr = String((e as { stderr?: unknown }).stderr ?? '')
    if (/does not exist|exists on disk, but not in/.test(stderr)) return null
    return fail(`cannot read ${path} on ${base}: ${stderr.trim() || (e as Error).message}`)
  }
}

function parseScript(text: string, where: string): SceneScript {
  let json: unknown
  try {
    json = JSON.parse(text)
  } catch (e) {
    return fail(`${where} is not valid JSON (${(e as Error).message}); run \`npm run check\` for its location`)
  }
  const parsed = SceneScript.safeParse(json)
  if (!parsed.success) fail(`${where} is not a valid scene script (${parsed.error.issues.length} problems); run \`npm run check\` to see them`)
  return parsed.data
}

const { file, base } = parseArgs(process.argv.slice(2))
const root = gitRoot()
const path = relative(root, resolve(file)).split('\\').join('/')
const working = await readFile(resolve(file), 'utf8').catch((e: Error) => fail(`cannot read ${file}: ${e.message}`))
const { catalogue, problems } = loadCatalogue(await readSourceFiles(root))
if (!catalogue) fail(`the content cannot be loaded:\n${problems.map(formatProblem).join('\n')}`)
const mine = problems.filter((p) => p.file === path)
if (mine.length > 0) fail(`${path} has problems; fix them first:\n${mine.map(formatProblem).join('\n')}`)

const after = parseScript(working, path)
const old = committed(root, base, path)
if (old === null) {
  console.log(`${path} is not on ${base}: every route of this situation is new.`)
} else {
  const changed = diffOutcomes(parseScript(old, `${path} on ${base}`), after, catalogue)
  if (changed.length === 0) console.log(`Every route of ${path} gives the same outcome as on ${base}.`)
  else {
    console.log(`${changed.length} ${changed.length === 1 ? 'route gives' : 'routes give'} a different outcome than on ${base}:\n`)
    for (const change of changed) console.log(changedPathText(change).join('\n'))
  }
}
