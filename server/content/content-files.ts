import { mkdir, writeFile } from 'node:fs/promises'
import { dirname, join } from 'node:path'
import type { ContentFiles } from '../routes/studio-files.ts'
import { committedFiles } from './committed-files.ts'
import { readSourceFiles } from './read-source-files.ts'

/** The editors' files under `root` (content/ and scenes/), for the studio's save in `npm run dev`; the committed ones from git's HEAD. */
export function contentFilesOnDisk(root: string): ContentFiles {
  return {
    all: () => readSourceFiles(root),
    write: async (path, text) => {
      await mkdir(dirname(join(root, path)), { recursive: true })
      await writeFile(join(root, path), text)
    },
    // Outside a repository (a copy of the content) nothing is committed: every situation is new.
    committed: async () => {
      try {
        return committedFiles(root, 'HEAD')
      } catch {
        return null
      }
    },
  }
}
