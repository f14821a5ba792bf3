import { execFileSync } from 'node:child_process'
import type { SourceFile } from '../../core/content/catalogue.ts'

function git(cwd: string, args: string[]): string {
  return execFileSync('git', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: 64 * 1024 * 1024 })
}

/**
 * Every content and scene file under `root` as committed on `base` (the generated schemas left
 * out, as the checker does), with paths relative to `root`.
 *
 * @throws Error with git's own message when `root` is not in a repository or `base` is unknown
 * @example committedFiles('/work/main', 'HEAD') // [{ path: 'content/departments.json', text: '…' }, …]
 */
export function committedFiles(root: string, base: string): SourceFile[] {
  let paths: string[]
  try {
    paths = git(root, ['ls-tree', '-r', '--name-only', base, '--', 'content', 'scenes']).split('\n')
  } catch (e) {
    throw new Error(`cannot read ${base}: ${String((e as { stderr?: unknown }).stderr ?? (e as Error).message).trim()}`)
  }
  return paths.filter((p) => p.endsWith('.json') && !p.startsWith('content/schemas/')).map((path) => ({ path, text: git(root, ['show', `${base}:./${path}`]) }))
}
