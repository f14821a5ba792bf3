import { readFileSync, writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import type { Plugin } from 'vite'

/** V8's explicit compile hint (Chrome 136+): compile every function of this file eagerly, off the main thread. */
export const compileHint = '//# allFunctionsCalledOnLoad'

/** What this plugin reads of an output chunk (Rollup's and Rolldown's OutputChunk have these fields). */
export type ChunkInfo = { fileName: string; isEntry: boolean; facadeModuleId: string | null; imports: string[] }

/**
 * The chunks whose code runs as soon as a first page opens: the entry and every chunk it imports
 * statically, and the same for each lazily loaded page that can be the first of a visit (its module
 * path ends with one of `firstPages`). Chunks only other pages load (forms, studio, staff) are left out.
 */
export function startupChunks(chunks: ChunkInfo[], firstPages: string[]): Set<string> {
  const byName = new Map(chunks.map((c) => [c.fileName, c]))
  const found = new Set<string>()
  const visit = (fileName: string) => {
    const chunk = byName.get(fileName)
    if (!chunk || found.has(fileName)) return
    found.add(fileName)
    chunk.imports.forEach(visit)
  }
  for (const chunk of chunks) {
    const id = chunk.facadeModuleId?.replaceAll('\\', '/') ?? ''
    if (chunk.isEntry || firstPages.some((page) => id.endsWith(page))) visit(chunk.fileName)
  }
  return found
}

/**
 * Puts V8's compile hint at the top of the startup chunks. Without it V8 compiles each function on the
 * main thread the first time it is called, which is most of what the journey page costs a phone's CPU
 * before the first question answers a tap; with it, they are compiled on a background thread while the
 * rest is still downloading. Only code that runs at start is marked: eager compilation of the rest
 * would waste memory. The hint is one comment line; browsers without it ignore it.
 */
export function compileHints(firstPages: string[]): Plugin {
  let outDir = ''
  return {
    name: 'compile-hints',
    apply: 'build',
    configResolved(config) {
      outDir = resolve(config.root, config.build.outDir)
    },
    // On the written files: Vite adds code to the top of chunks that load others in its own last steps.
    // First and alone, so the precompress plugin's .br and .gz carry the hint too.
    writeBundle: {
      order: 'pre',
      sequential: true,
      handler(_options, bundle) {
        const chunks = Object.values(bundle).flatMap((file) => (file.type === 'chunk' ? [file] : []))
        for (const fileName of startupChunks(chunks, firstPages)) {
          const path = join(outDir, fileName)
          const code = readFileSync(path, 'utf8')
          if (!code.startsWith(compileHint)) writeFileSync(path, `${compileHint}\n${code}`)
        }
      },
    },
  }
}
