// npm run check: checks every content file and scene script, prints located problems, exits 1 on any.
import { loadCatalogue } from '../../core/content/load.ts'
import { formatProblem } from '../../core/content/problem.ts'
import { summarizeProblems } from '../content/load-content.ts'
import { readSourceFiles } from '../content/read-source-files.ts'

const root = process.argv[2] ?? process.cwd()
const files = await readSourceFiles(root).catch((error: Error) => {
  console.error(`cannot read the content files under ${root}: ${error.message}`)
  process.exit(2)
})
const { catalogue, problems } = loadCatalogue(files)

for (const problem of problems) console.log(formatProblem(problem))
if (problems.length > 0 || !catalogue) {
  console.log(`\n${summarizeProblems(problems)}`)
  process.exitCode = 1
} else {
  const c = catalogue
  const count = (n: number, what: string) => `${n} ${what}${n === 1 ? '' : 's'}`
  const counts = [count(c.matters.length, 'matter'), count(c.departments.length, 'department'), count(c.hall.windows.length, 'window'), count(c.scenes.length, 'scene'), count(c.forms.length, 'form')]
  console.log(`content OK: ${counts.join(', ')}`)
}
