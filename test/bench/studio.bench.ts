/**
 * Studio live-check benchmark: `npx tsx test/bench/studio.bench.ts`. In Chromium, the studio's editor
 * (npm run dev, STUDIO=dev) open on the largest shipped situation: one edit to a question's English
 * text (cleared, then written back), from the keystroke's input event to the next frame after the
 * check's messages changed (the problem appears beside the field, then goes). Against, in the same
 * run, a bare JSON.parse + schema check of the same file, and the core live check alone (from scratch,
 * and after a text edit with the route checks kept), in Node.
 * Goal (issue 20): median <= 100 ms.
 */
import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import type { Catalogue } from '../../core/content/catalogue.ts'
import { loadCatalogue } from '../../core/content/load.ts'
import { SceneScript } from '../../core/scenes/script.ts'
import { checkDraftScene, draftSceneChecker } from '../../core/studio/check-draft-scene.ts'
import { readSourceFiles } from '../../server/content/read-source-files.ts'
import { launchChromium, openPage } from '../e2e/browser.ts'
import { startDevServer, stopDevServer } from '../e2e/dev-server.ts'

const root = resolve(import.meta.dirname, '../..')
const edits = 30
const goal = 100
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!

const largest = readdirSync(join(root, 'scenes'))
  .filter((f) => f.endsWith('.json'))
  .map((f) => ({ f, size: statSync(join(root, 'scenes', f)).size }))
  .sort((a, b) => b.size - a.size)[0]!.f
const text = readFileSync(join(root, 'scenes', largest), 'utf8')
const script = SceneScript.parse(JSON.parse(text))
const question = script.steps.findIndex((s) => s.kind === 'question')

/** Node, same run: the bare parse + schema check, and the studio's core check alone. */
function nodeTimes(catalogue: Catalogue): { bare: number; core: number; textEdit: number } {
  const time = (fn: () => unknown) => {
    const xs: number[] = []
    for (let i = 0; i < edits * 4; i++) {
      const t0 = performance.now()
      fn()
      xs.push(performance.now() - t0)
    }
    return median(xs)
  }
  const check = draftSceneChecker(catalogue)
  const draft = JSON.parse(text) as { steps: { text?: { en: string } }[] }
  let n = 0
  const textEdit = time(() => {
    draft.steps[question]!.text!.en = n++ % 2 === 0 ? '' : 'x'
    return check(draft)
  })
  return { bare: time(() => SceneScript.safeParse(JSON.parse(text))), core: time(() => checkDraftScene(JSON.parse(text), catalogue)), textEdit }
}
const copy = mkdtempSync(join(tmpdir(), 'studio-bench-'))
cpSync(join(root, 'content'), join(copy, 'content'), { recursive: true })
cpSync(join(root, 'scenes'), join(copy, 'scenes'), { recursive: true })
const catalogue = loadCatalogue(await readSourceFiles(copy)).catalogue!
const server = await startDevServer(copy)
const browser = await launchChromium()
try {
  const page = await openPage(browser)
  const id = largest.replace(/\.json$/, '')
  await page.goto(`${server.url}/studio/${id}/edit`, { waitUntil: 'domcontentloaded', timeout: 150_000 })
  await page.locator('[data-testid="live-check"][data-problems="0"]').waitFor({ timeout: 150_000 })
  await page.waitForLoadState('networkidle', { timeout: 150_000 })
  await page.locator('[data-testid="live-check"][data-problems="0"]').waitFor({ timeout: 150_000 })
  const field = `[data-step-editor="${script.steps[question]!.id}"] [data-field$="/text"] input[lang="en"]`
  const english = (script.steps[question] as { text: { en: string } }).text.en
  const times: number[] = []
  for (let i = 0; i < edits; i++) {
    for (const value of ['', english]) {
      times.push(
        await page.evaluate(
          ([selector, v]) =>
            new Promise<number>((done) => {
              const input = document.querySelector<HTMLInputElement>(selector!)!
              const check = document.querySelector('[data-testid="live-check"]')!
              const before = check.getAttribute('data-problems')
              const observer = new MutationObserver(() => {
                if (check.getAttribute('data-problems') === before) return
                observer.disconnect()
                requestAnimationFrame(() => done(performance.now() - t0))
              })
              observer.observe(check, { attributes: true })
              const t0 = performance.now()
              input.value = v!
              input.dispatchEvent(new Event('input', { bubbles: true }))
            }),
          [field, value],
        ),
      )
    }
  }
  const studio = median(times)
  const node = nodeTimes(catalogue)
  console.log(`largest shipped script: scenes/${largest} (${script.steps.length} steps, ${(text.length / 1024).toFixed(1)} KiB); ${times.length} edits`)
  console.log(`studio keystroke -> messages updated (Chromium, next frame): median ${studio.toFixed(1)} ms, p90 ${[...times].sort((a, b) => a - b)[Math.floor(times.length * 0.9)]!.toFixed(1)} ms (goal <= ${goal} ms)${studio > goal ? '  OVER GOAL' : ''}`)
  console.log(`bare JSON.parse + schema check (Node): median ${node.bare.toFixed(2)} ms; ratio ${(studio / node.bare).toFixed(1)}`)
  console.log(`core live check from scratch, checkDraftScene (Node): median ${node.core.toFixed(2)} ms; ratio to bare ${(node.core / node.bare).toFixed(1)}`)
  console.log(`core live check after a text edit, route checks kept (Node): median ${node.textEdit.toFixed(2)} ms; ratio to bare ${(node.textEdit / node.bare).toFixed(1)}`)
} finally {
  await browser.close()
  await stopDevServer(server)
  rmSync(copy, { recursive: true, force: true })
}
