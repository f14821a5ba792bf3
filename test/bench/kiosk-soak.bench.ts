import { existsSync } from 'node:fs'
import { cpus, loadavg } from 'node:os'
import type { Page } from 'playwright-core'
import { launchChromium } from '../e2e/browser.ts'
import { kioskContextOptions } from '../e2e/kiosk-driver.ts'
import { startServer } from '../support/server-process.ts'

/**
 * A day at a kiosk, compressed: 300 visits in one page, each a whole "开办企业" journey to the
 * 一次告知单 (every fifth also making a phone hand-off QR code) and then "结束 / Finish". Compares the
 * JS heap, DOM nodes, event listeners and the kiosk's own live handles after forced garbage collection,
 * after the first 10 visits and at the end (goals: heap growth ≤ 5 MB, the rest flat).
 * Needs `npx vite build` first; builds nothing itself. Bounded: stops after 4 minutes of visits.
 */
// KIOSK_SOAK_VISITS shortens a run while working on the kiosk; the bench itself runs 300.
const VISITS = Number(process.env.KIOSK_SOAK_VISITS ?? 300)
const BASELINE_AT = 10
const BUDGET_MS = 4 * 60_000
const HEAP_GOAL_MB = 5

if (!existsSync('dist/client/index.html')) {
  console.error('dist/client is missing: run `npx vite build` before this bench')
  process.exit(1)
}

// A long idle time: the soak measures resets by Finish, not the warning (the e2e suite covers that).
const server = await startServer({ KIOSK_IDLE_SECONDS: '3600', KIOSK_WARNING_SECONDS: '20', LOG_LEVEL: 'warn' })
const browser = await launchChromium(['--enable-precise-memory-info', '--js-flags=--expose-gc'])

type Sample = { heapMb: number; nodes: number; listeners: number; handles: number; textures: number | null }

async function sample(page: Page): Promise<Sample> {
  const cdp = await page.context().newCDPSession(page)
  await cdp.send('Performance.enable')
  for (let i = 0; i < 3; i++) await cdp.send('HeapProfiler.collectGarbage')
  const { metrics } = await cdp.send('Performance.getMetrics')
  await cdp.detach()
  const metric = (name: string) => metrics.find((m) => m.name === name)?.value ?? NaN
  const kiosk = await page.evaluate(() => {
    const root = document.querySelector('[data-testid="kiosk"]')
    const hall = document.querySelector<HTMLElement>('[data-hall-textures]')
    return { handles: Number(root?.getAttribute('data-kiosk-handles')), textures: hall ? Number(hall.dataset.hallTextures) : null }
  })
  return { heapMb: metric('JSHeapUsedSize') / 1024 / 1024, nodes: metric('Nodes'), listeners: metric('JSEventListeners'), ...kiosk }
}

/** One visit, driven inside the page (clicks, not CDP taps) so 300 of them fit in a few minutes. */
async function visit(page: Page, handOff: boolean): Promise<void> {
  await page.evaluate(async (handOff) => {
    const until = async (what: string, ok: () => unknown, ms = 15_000) => {
      const end = performance.now() + ms
      while (!ok()) {
        if (performance.now() > end) throw new Error(`the kiosk did not show ${what} within ${ms} ms`)
        await new Promise((r) => setTimeout(r, 4))
      }
    }
    const $ = <T extends Element = HTMLElement>(selector: string) => document.querySelector<T>(selector)
    const answers: Record<string, string> = { 'business-form': 'company', 'applies-in-person': 'yes', 'has-employees': 'yes', 'employee-count': '4817', 'needs-invoices': 'no', 'sells-food': 'no', 'needs-seal': 'yes' }
    await until('the start screen', () => $('[data-testid="kiosk"][data-resetting="false"] [data-testid="kiosk-start"]'))
    $('[data-testid="kiosk-start"]')!.click()
    await until('the situations', () => $('[data-situation="open-business"]'))
    $('[data-situation="open-business"]')!.click()
    for (let taps = 0; ; taps++) {
      if (taps > 60) throw new Error('the journey did not end in 60 taps')
      await until('a journey step', () => $('.kiosk-journey'))
      const journey = $('.kiosk-journey')!
      const [step, view] = [journey.dataset.step ?? '', journey.dataset.view]
      if (view === 'result') {
        await until('the result', () => $('.kiosk-result'))
        break
      }
      if (view === 'check') journey.querySelector<HTMLButtonElement>('button.primary:last-of-type')!.click()
      else if (journey.querySelector('form.question')) {
        const number = $<HTMLInputElement>(`#${step}-input`)
        if (number) {
          number.value = answers[step]!
          number.dispatchEvent(new Event('input', { bubbles: true }))
        } else $<HTMLInputElement>(`input[name="${step}"][value="${answers[step]}"]`)!.click()
        journey.querySelector<HTMLButtonElement>('form.question button[type="submit"]')!.click()
      } else journey.querySelector<HTMLButtonElement>('section.card button.primary')!.click()
      await until('the next step', () => journey.dataset.step !== step || journey.dataset.view !== view || !journey.isConnected)
    }
    if (handOff) {
      $('[data-testid="handoff-result"]')!.click()
      await until('the hand-off code', () => $('[data-testid="handoff-code"]'))
    }
    $('[data-testid="kiosk-finish"]')!.click()
    await until('the start screen after Finish', () => $('[data-testid="attract"]') && $('[data-testid="kiosk"]')?.getAttribute('data-resetting') === 'false')
  }, handOff)
}

try {
  const context = await browser.newContext(kioskContextOptions)
  const page = await context.newPage()
  // tsx keeps function names with a __name helper that the page does not have.
  await page.addInitScript({ content: 'globalThis.__name = (f) => f' })
  const errors: string[] = []
  page.on('pageerror', (e) => errors.push(e.message))
  await page.goto(`${server.url}/kiosk`)
  await page.locator('[data-testid="kiosk-start"]').waitFor()

  const started = performance.now()
  let baseline: Sample | undefined
  let done = 0
  while (done < VISITS && performance.now() - started < BUDGET_MS) {
    await visit(page, done % 5 === 4)
    done++
    if (done === BASELINE_AT) baseline = await sample(page)
  }
  const end = await sample(page)
  const seconds = (performance.now() - started) / 1000
  const growth = end.heapMb - (baseline?.heapMb ?? NaN)
  console.log(`kiosk soak: ${done} visits (journey to the result, Finish; a QR hand-off every 5th) in ${seconds.toFixed(0)} s, ${(seconds / done).toFixed(2)} s per visit`)
  console.log(`  JS heap after forced GC: ${baseline?.heapMb.toFixed(2)} MB after ${BASELINE_AT} visits, ${end.heapMb.toFixed(2)} MB after ${done}`)
  console.log(`  heap growth ${growth.toFixed(2)} MB (goal ≤ ${HEAP_GOAL_MB} MB) ${growth <= HEAP_GOAL_MB ? 'met' : 'NOT met'}`)
  console.log(`  DOM nodes ${baseline?.nodes} -> ${end.nodes}; JS event listeners ${baseline?.listeners} -> ${end.listeners}; kiosk handles ${baseline?.handles} -> ${end.handles} (goal: flat) ${end.handles === baseline?.handles && end.listeners <= (baseline?.listeners ?? 0) ? 'met' : 'NOT met'}`)
  console.log(`  live Pixi textures: ${end.textures === null ? 'the hall is not mounted in the kiosk, nothing to count' : `${baseline?.textures} -> ${end.textures} (goal: flat) ${end.textures === baseline?.textures ? 'met' : 'NOT met'}`}`)
  if (done < VISITS) console.log(`  stopped after ${done} visits: the ${BUDGET_MS / 60_000}-minute budget ran out (the machine is busy)`)
  if (errors.length > 0) console.log(`  page errors: ${[...new Set(errors)].join('; ')}`)
  console.log(`machine: ${cpus().length} cores, load average ${loadavg().map((l) => l.toFixed(1)).join(' ')}`)
} finally {
  await browser.close()
  await server.stop()
}
