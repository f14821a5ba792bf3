/**
 * Hall benchmark: `npx tsx test/bench/hall.bench.ts` (after `npx vite build` for the chunk sizes).
 * In headless Chromium at 1280×720: median fps and p95 frame time of the animated hall against a bare
 * Pixi page drawing as many objects (goals: ratio ≥ 0.9, ≥ 55 fps); gzip sizes of the initial chunk and
 * the hall chunk; JS heap and live GPU textures after 100 mount/destroy cycles. SwiftShader renders on
 * the CPU here, so absolute fps say more about this machine than about a phone: read the ratio.
 */
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { gzipSync } from 'node:zlib'
import type { Page } from 'playwright-core'
import { build } from 'vite'
import { launchChromium } from '../e2e/browser.ts'
import { serveStatic } from './serve-static.ts'

type Frames = { medianFps: number; p95FrameMs: number; frames: number }
type HallBench = {
  mount(): Promise<boolean>
  destroy(): void
  stats(): { textures: number; objects: number } | undefined
  objects(): number
  fps(ms: number): Promise<Frames>
  canvases(): number
}
type BareBench = { start(count: number): Promise<boolean>; fps(ms: number): Promise<Frames> }

const root = resolve(import.meta.dirname, '../..')
const measureMs = 6000
const warmUpMs = 2000
const cycles = 100
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} kB`

async function buildPages(): Promise<string> {
  const out = mkdtempSync(join(tmpdir(), 'hall-bench-'))
  const pages = join(root, 'test/bench/pages')
  await build({
    root: pages,
    configFile: false,
    logLevel: 'error',
    build: { outDir: out, emptyOutDir: true, target: 'es2022', rollupOptions: { input: { hall: join(pages, 'hall.html'), bare: join(pages, 'bare.html') } } },
  })
  return out
}


/** Gzip size of a built chunk and every chunk it imports statically, minus those already counted. */
function chunkSize(assets: string, entry: string, skip = new Set<string>()): { bytes: number; files: Set<string> } {
  const files = new Set<string>()
  const visit = (file: string) => {
    if (files.has(file) || skip.has(file)) return
    files.add(file)
    const code = readFileSync(join(assets, file), 'utf8')
    for (const m of code.matchAll(/(?:import|from)\s*["']\.\/([^"']+\.js)["']/g)) visit(m[1]!)
  }
  visit(entry)
  let bytes = 0
  for (const f of files) bytes += gzipSync(readFileSync(join(assets, f))).length
  return { bytes, files }
}

function chunkReport(): string[] {
  const assets = join(root, 'dist/client/assets')
  if (!existsSync(assets)) return ['chunk sizes: dist/client is missing (run `npx vite build` first)']
  const names = readdirSync(assets)
  const html = readFileSync(join(root, 'dist/client/index.html'), 'utf8')
  const entry = /src="\/assets\/([^"]+\.js)"/.exec(html)?.[1]
  const hall = names.find((n) => n.startsWith('mount-hall-') && n.endsWith('.js'))
  if (!entry || !hall) return ['chunk sizes: could not find the entry or the mount-hall chunk in dist/client']
  const initial = chunkSize(assets, entry)
  const lazy = chunkSize(assets, hall, initial.files)
  return [
    `initial chunk (${[...initial.files].join(', ')}): ${kb(initial.bytes)} gzip`,
    `hall chunk (${lazy.files.size} files from ${hall}): ${kb(lazy.bytes)} gzip`,
  ]
}

async function heapMb(page: Page): Promise<number> {
  await page.evaluate(() => (globalThis as { gc?: () => void }).gc?.())
  await page.waitForTimeout(300)
  await page.evaluate(() => (globalThis as { gc?: () => void }).gc?.())
  const used = await page.evaluate(() => (performance as unknown as { memory?: { usedJSHeapSize: number } }).memory?.usedJSHeapSize ?? 0)
  return used / 1024 / 1024
}

async function main() {
  const out = await buildPages()
  const { url, server } = await serveStatic(out)
  const browser = await launchChromium(['--js-flags=--expose-gc', '--enable-precise-memory-info'])
  try {
    const viewport = { width: 1280, height: 720 }
    // One page at a time, so neither measurement shares the CPU with the other page's rendering.
    const hallPage = await (await browser.newContext({ viewport })).newPage()
    await hallPage.goto(`${url}/hall.html`)
    const mounted = await hallPage.evaluate(() => (window as unknown as { bench: HallBench }).bench.mount())
    if (!mounted) throw new Error('the hall did not mount (no WebGL in this Chromium?)')
    const objects = await hallPage.evaluate(() => (window as unknown as { bench: HallBench }).bench.objects())
    await hallPage.waitForTimeout(warmUpMs) // shaders compile and text reaches the GPU on the first frames
    const hallFrames = await hallPage.evaluate((ms) => (window as unknown as { bench: HallBench }).bench.fps(ms), measureMs)
    await hallPage.context().close()

    const barePage = await (await browser.newContext({ viewport })).newPage()
    await barePage.goto(`${url}/bare.html`)
    await barePage.evaluate((n) => (window as unknown as { bench: BareBench }).bench.start(n), objects)
    await barePage.waitForTimeout(warmUpMs)
    const bareFrames = await barePage.evaluate((ms) => (window as unknown as { bench: BareBench }).bench.fps(ms), measureMs)
    await barePage.context().close()

    const ratio = hallFrames.medianFps / bareFrames.medianFps
    console.log(`frames over ${measureMs / 1000} s at 1280×720 (${objects} display objects in the hall):`)
    console.log(`  animated hall: median ${hallFrames.medianFps.toFixed(1)} fps, p95 frame ${hallFrames.p95FrameMs.toFixed(1)} ms (${hallFrames.frames} frames)`)
    console.log(`  bare Pixi page: median ${bareFrames.medianFps.toFixed(1)} fps, p95 frame ${bareFrames.p95FrameMs.toFixed(1)} ms (${bareFrames.frames} frames)`)
    console.log(`  ratio hall/bare: ${ratio.toFixed(2)} (goal ≥ 0.90) ${ratio >= 0.9 ? 'met' : 'NOT met'}; hall ≥ 55 fps ${hallFrames.medianFps >= 55 ? 'met' : 'NOT met'}`)

    const leakPage = await (await browser.newContext({ viewport })).newPage()
    await leakPage.goto(`${url}/hall.html`)
    const cycle = (n: number) =>
      leakPage.evaluate(async (count) => {
        const b = (window as unknown as { bench: HallBench }).bench
        for (let i = 0; i < count; i++) {
          await b.mount()
          b.destroy()
        }
      }, n)
    await leakPage.evaluate(async () => (window as unknown as { bench: HallBench }).bench.mount())
    await leakPage.waitForTimeout(1500) // textures reach the GPU on the first frames, not at mount
    const texturesFirst = await leakPage.evaluate(() => (window as unknown as { bench: HallBench }).bench.stats()?.textures ?? -1)
    await leakPage.evaluate(() => (window as unknown as { bench: HallBench }).bench.destroy())
    const heapStart = await heapMb(leakPage)
    await cycle(cycles / 2)
    const heapHalf = await heapMb(leakPage)
    await cycle(cycles / 2)
    const heapEnd = await heapMb(leakPage)
    await leakPage.evaluate(() => (window as unknown as { bench: HallBench }).bench.mount())
    await leakPage.waitForTimeout(1500)
    const texturesAfter = await leakPage.evaluate(() => (window as unknown as { bench: HallBench }).bench.stats()?.textures ?? -1)
    const canvases = await leakPage.evaluate(() => (window as unknown as { bench: HallBench }).bench.canvases())
    console.log(`after ${cycles} mount/destroy cycles:`)
    console.log(`  JS heap after forced GC: ${heapStart.toFixed(1)} MB after one cycle, ${heapHalf.toFixed(1)} MB after ${cycles / 2 + 1}, ${heapEnd.toFixed(1)} MB after ${cycles + 1}`)
    console.log(`  live GPU textures of a mounted hall: ${texturesFirst} at first, ${texturesAfter} after; canvases in the page: ${canvases} (1 expected)`)
    for (const line of chunkReport()) console.log(line)
  } finally {
    await browser.close()
    server.close()
    rmSync(out, { recursive: true, force: true })
  }
}

await main()
