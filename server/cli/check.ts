// npm run check [-- --lang zh|en] [root]: checks every content file and scene script, prints located
// problems in the editor's language (the flag, else LANG), exits 1 on any.
import { loadCatalogue } from '../../core/content/load.ts'
import { formatProblemIn, messageLanguage } from '../../core/content/problem.ts'
import { summarizeProblems } from '../content/load-content.ts'
import { readSourceFiles } from '../content/read-source-files.ts'

const args = process.argv.slice(2)
const language = messageLanguage(args, process.env)
const root = args.filter((a, i) => !a.startsWith('--lang') && args[i - 1] !== '--lang')[0] ?? process.cwd()
const files = await readSourceFiles(root).catch((error: Error) => {
  console.error(`cannot read the content files under ${root}: ${error.message}`)
  process.exit(2)
})
const { catalogue, problems } = loadCatalogue(files)

for (const problem of problems) console.log(formatProblemIn(problem, language))
if (problems.length > 0 || !catalogue) {
  console.log(`\n${summarizeProblems(problems)}`)
  process.exitCode = 1
} else {
  const c = catalogue
  const count = (n: number, what: string) => `${n} ${what}${n === 1 ? '' : 's'}`
  const counts = [count(c.matters.length, 'matter'), count(c.departments.length, 'department'), count(c.hall.windows.length, 'window'), count(c.scenes.length, 'scene'), count(c.forms.length, 'form')]
  console.log(`content OK: ${counts.join(', ')}`)
}
