import type { Catalogue } from '../../core/content/catalogue.ts'
import { loadCatalogue } from '../../core/content/load.ts'
import { formatProblem, type Problem } from '../../core/content/problem.ts'
import { readSourceFiles } from './read-source-files.ts'

/** The content has problems; `message` lists them one per line, ready to print. */
export class ContentInvalidError extends Error {
  override readonly name = 'ContentInvalidError'
  constructor(readonly problems: Problem[]) {
    super(`${summarizeProblems(problems)}:\n${problems.map(formatProblem).join('\n')}\nRun \`npm run check\` after fixing them.`)
  }
}

/** "1 problem in 1 file" / "3 problems in 2 files". */
export function summarizeProblems(problems: readonly Problem[]): string {
  const files = new Set(problems.map((p) => p.file)).size
  return `${problems.length} ${problems.length === 1 ? 'problem' : 'problems'} in ${files} ${files === 1 ? 'file' : 'files'}`
}

/**
 * Loads content/ and scenes/ under `root` for the server at start-up. Throws ContentInvalidError on any
 * problem at all, so a server never runs with a half-checked catalogue.
 */
export async function loadContentOrExplain(root: string): Promise<Catalogue> {
  const { catalogue, problems } = loadCatalogue(await readSourceFiles(root))
  if (problems.length > 0 || !catalogue) throw new ContentInvalidError(problems)
  return catalogue
}
