/**
 * Journey benchmark: `npx tsx test/bench/journey.bench.ts`. In Chromium, the time from an answer to
 * the next screen painted, and from the last answer to the list painted, for a shipped script
 * (open-restaurant) and the generated 500-step script, with the product's journey machine against a
 * bare Svelte page rendering the same components and DOM from screens worked out beforehand, in the
 * same run, runs alternating. Goal (issue 14): ratio <= 1.5.
 */
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { svelte } from '@sveltejs/vite-plugin-svelte'
import { build } from 'vite'
import { launchChromium } from '../e2e/browser.ts'
import { serveStatic } from './serve-static.ts'

const root = resolve(import.meta.dirname, '../..')
const rounds = 9
const goal = 1.5

async function buildPages(): Promise<string> {
  const out = mkdtempSync(join(tmpdir(), 'journey-bench-'))
  const pages = join(root, 'test/bench/pages')
  await build({
    root: pages,
    configFile: false,
    logLevel: 'error',
    plugins: [svelte()],
    build: { outDir: out, emptyOutDir: true, target: 'es2022', rollupOptions: { input: { journey: join(pages, 'journey.html') } } },
  })
  return out
}


const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!
type Run = { answers: number[]; toList: number }

const out = await buildPages()
const { url, server } = await serveStatic(out)
const browser = await launchChromium()
try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } })
  await page.goto(`${url}/journey.html`)
  let failed = false
  for (const which of ['restaurant', 'large'] as const) {
    const times = { machine: { answer: [] as number[], list: [] as number[] }, bare: { answer: [] as number[], list: [] as number[] } }
    for (let round = 0; round < rounds; round++) {
      for (const mode of round % 2 === 0 ? (['machine', 'bare'] as const) : (['bare', 'machine'] as const)) {
        await page.reload()
        const run = await page.evaluate(([w, m]) => (window as unknown as { bench: { run: (a: string, b: string) => Promise<Run> } }).bench.run(w, m), [which, mode] as const)
        times[mode].answer.push(median(run.answers))
        times[mode].list.push(run.toList)
      }
    }
    for (const what of ['answer', 'list'] as const) {
      const machine = median(times.machine[what])
      const bare = median(times.bare[what])
      const ratio = machine / bare
      if (ratio > goal) failed = true
      const label = what === 'answer' ? 'answer -> next screen painted' : 'last answer -> list painted'
      console.log(`${which.padEnd(10)} ${label.padEnd(30)} machine ${machine.toFixed(1)} ms, bare ${bare.toFixed(1)} ms, ratio ${ratio.toFixed(2)} (goal <= ${goal})${ratio > goal ? '  OVER GOAL' : ''}`)
    }
  }
  if (failed) console.log('journey bench: at least one ratio is over the goal')
} finally {
  await browser.close()
  server.close()
  rmSync(out, { recursive: true, force: true })
}
