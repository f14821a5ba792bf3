import { readdir, readFile, stat } from 'node:fs/promises'
import { join, relative, sep } from 'node:path'
import type { SourceFile } from '../../core/content/catalogue.ts'

const roots = ['content', 'scenes']

/**
 * Reads every .json file under content/ and scenes/ (content/schemas/ excluded: it is generated),
 * with paths relative to `root` and forward slashes, sorted. A missing folder reads as empty.
 */
export async function readSourceFiles(root: string, cache?: SourceFileCache): Promise<SourceFile[]> {
  const paths = (await Promise.all(roots.map((dir) => jsonFilesUnder(root, join(root, dir))))).flat().sort()
  const files: SourceFile[] = []
  // In batches: thousands of files opened at once exhaust file handles on small machines.
  for (let i = 0; i < paths.length; i += 256) {
    files.push(...(await Promise.all(paths.slice(i, i + 256).map(async (path) => ({ path, text: await (cache ? cache.read(root, path) : readFile(join(root, path), 'utf8')) })))))
  }
  cache?.keepOnly(new Set(paths))
  return files
}

/**
 * The texts read before, by path, each with the modification time and size it had: a file whose
 * stat is unchanged is not read again (`npm run dev` reloading thousands of files after one save).
 */
export class SourceFileCache {
  readonly #texts = new Map<string, { mtimeMs: number; size: number; text: string }>()
  /** How many files were read from disk: every file once, then only those changed since. */
  reads = 0

  async read(root: string, path: string): Promise<string> {
    const { mtimeMs, size } = await stat(join(root, path))
    const known = this.#texts.get(path)
    if (known !== undefined && known.mtimeMs === mtimeMs && known.size === size) return known.text
    this.reads++
    const text = await readFile(join(root, path), 'utf8')
    this.#texts.set(path, { mtimeMs, size, text })
    return text
  }

  keepOnly(present: ReadonlySet<string>): void {
    for (const path of this.#texts.keys()) if (!present.has(path)) this.#texts.delete(path)
  }
}

async function jsonFilesUnder(root: string, dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true }).catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return []
    throw error
  })
  return entries
    .filter((e) => e.isFile() && e.name.endsWith('.json'))
    .map((e) => relative(root, join(e.parentPath, e.name)).split(sep).join('/'))
    .filter((path) => !path.startsWith('content/schemas/'))
}
