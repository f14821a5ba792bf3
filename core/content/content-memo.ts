import type { SourceFile } from './catalogue.ts'
import { parseSourceFile } from './locate.ts'
import type { validate } from './schema-issues.ts'

/** One file's parse and, once asked for, its schema validation. */
export type FileReading = { parse: ReturnType<typeof parseSourceFile>; validation?: ReturnType<typeof validate> }

/**
 * Remembers each file's parse and validation by its text, so that reloading a catalogue of thousands
 * of files after one edit parses and validates that one file again (`npm run dev`). The cross-file
 * checks still run over everything: they are what an edit can break elsewhere.
 *
 * @example
 * const memo = new ContentMemo()
 * loadCatalogue(files, memo); loadCatalogue(filesWithOneEdit, memo)
 * memo.misses // files.length + 1
 */
export class ContentMemo {
  readonly #readings = new Map<string, { text: string; reading: FileReading }>()
  /** How many times a file was parsed afresh: every file once, then only those whose text changed. */
  misses = 0

  reading(file: SourceFile): FileReading {
    const hit = this.#readings.get(file.path)
    if (hit !== undefined && hit.text === file.text) return hit.reading
    this.misses++
    const reading: FileReading = { parse: parseSourceFile(file) }
    this.#readings.set(file.path, { text: file.text, reading })
    return reading
  }

  /** Forgets the files not among `present` (deleted or renamed since). */
  keepOnly(present: ReadonlySet<string>): void {
    for (const path of this.#readings.keys()) if (!present.has(path)) this.#readings.delete(path)
  }
}
