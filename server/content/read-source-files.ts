import { readdir, readFile } from 'node:fs/promises'
import { join, relative, sep } from 'node:path'
import type { SourceFile } from '../../core/content/catalogue.ts'

const roots = ['content', 'scenes']

/**
 * Reads every .json file under content/ and scenes/ (content/schemas/ excluded: it is generated),
 * with paths relative to `root` and forward slashes, sorted. A missing folder reads as empty.
 */
export async function readSourceFiles(root: string): Promise<SourceFile[]> {
  const paths = (await Promise.all(roots.map((dir) => jsonFilesUnder(root, join(root, dir))))).flat().sort()
  return Promise.all(paths.map(async (path) => ({ path, text: await readFile(join(root, path), 'utf8') })))
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
