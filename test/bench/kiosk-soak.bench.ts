import { existsSync } from 'node:fs'
import { cpus, loadavg } from 'node:os'
import type { Page } from 'playwright-core'
import { launchChromium } from '../e2e/browser.ts'
import { kioskContextOptions } from '../e2e/kiosk-driver.ts'
import { startServer } from '../support/server-process.ts'

/**
 * A day at a kiosk, compressed: 300 visits in one page, each a whole "开办企业" journey to the
 * 一次告知单 (every fifth also making a phone hand-off QR code) and then "结束 / Finish". Compares the
 * JS heap, DOM nodes, event listeners, the kiosk's own live handles and the start screen hall's live
 * Pixi textures after forced garbage collection, after the first 100 visits and at the end (goals: heap
 * growth ≤ 5 MB, the rest flat). The hall is mounted once before the first visit; every visit holds
 * it and every Finish sends the guide on to the next zone; after each of the first visits (one lap of
 * the hall's zones) and every 50th, the start screen is left alone until the guide has walked there,
 * so the tour really draws between visits.
 * Needs `npx vite build` first; builds nothing itself. Bounded: stops after 8 minutes of visits.
 */
// KIOSK_SOAK_VISITS shortens a run while working on the kiosk; the bench itself runs 300.
const VISITS = Number(process.env.KIOSK_SOAK_VISITS ?? 300)
/**
 * Growth is counted from the 100th visit: Pixi keeps pools of batch objects that fill up to the most a
 * visit ever used, and measured every 50 visits the heap climbed for the first ~100 (about 12 -> 20 MB)
 * and then stayed flat to 300. A leak grows with every visit; warm-up does not. The heap after
 * WARM_UP_FROM visits is printed too, so the warm-up stays in view.
 */
const WARM_UP_FROM = 10
const BASELINE_AT = 100
const BUDGET_MS = 8 * 60_000
const HEAP_GOAL_MB = 5
/**
 * The start screen's tour is watched until the guide arrives at its next zone after each of the first
 * visits, one lap of the hall (so the count after 10 includes every zone's words drawn once: the hall
 * pools text textures by size), then every this many visits.
 */
const WATCH_TOUR_EVERY = 50

if (!existsSync('dist/client/index.html')) {
  console.error('dist/client is missing: run `npx vite build` before this bench')
  process.exit(1)
}

// A long idle time: the soak measures resets by Finish, not the warning (the e2e suite covers that).
const server = await startServer({ KIOSK_IDLE_SECONDS: '3600', KIOSK_WARNING_SECONDS: '20', LOG_LEVEL: 'warn' })
const browser = await launchChromium(['--enable-precise-memory-info', '--js-flags=--expose-gc'])

type Sample = { heapMb: number; nodes: number; listeners: number; handles: number; textures: number | null }

/**
 * Heap, nodes, listeners, handles and textures after forced GC. The tour counts the hall's textures
 * as it sets off for each zone, so both samples first watch it reach the same zone (the first sample's
 * next one): the count then covers the same texts drawn the same way.
 */
async function sample(page: Page, zone = ''): Promise<Sample & { zone: string }> {
  const reached = await watchTour(page, zone, zone ? 60_000 : 15_000)
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
  return { heapMb: metric('JSHeapUsedSize') / 1024 / 1024, nodes: metric('Nodes'), listeners: metric('JSEventListeners'), ...kiosk, zone: reached }
}

/**
 * Leaves the start screen alone until the tour has shown its next zone (or `zone`, if given) and the
 * guide stands there, so its frames (walk, camera, the bubble's text) are drawn. Returns the zone,
 * or '' if it never came within `ms`.
 */
async function watchTour(page: Page, zone = '', ms = 15_000): Promise<string> {
  return page.evaluate(
    async ({ zone, ms }) => {
      const hall = () => document.querySelector<HTMLElement>('[data-testid="hall"]')?.dataset ?? {}
      const from = hall().tourStop
      const end = performance.now() + ms
      while (performance.now() < end) {
        const d = hall()
        const arrived = d.tour === 'touring' && d.tourStop && d.tourStop !== from && d.guideAt === `zone:${d.tourStop}` && d.tweens === '0'
        if (arrived && (!zone || d.tourStop === zone)) return d.tourStop!
        await new Promise((r) => setTimeout(r, 50))
      }
      return ''
    },
    { zone, ms },
  )
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
    const click = (selector: string, within: ParentNode = document) => {
      const target = within.querySelector<HTMLElement>(selector)
      if (!target) throw new Error(`the kiosk shows no ${selector} (step ${$('.kiosk-journey')?.dataset.step ?? '-'}, view ${$('.kiosk-journey')?.dataset.view ?? '-'})`)
      target.click()
    }
    const answers: Record<string, string> = { 'business-form': 'company', 'applies-in-person': 'yes', 'has-employees': 'yes', 'employee-count': '4817', 'needs-invoices': 'no', 'sells-food': 'no', 'needs-seal': 'yes' }
    await until('the start screen', () => $('[data-testid="kiosk"][data-resetting="false"] [data-testid="kiosk-start"]'))
    click('[data-testid="kiosk-start"]')
    await until('the situations', () => $('[data-situation="open-business"]'))
    click('[data-situation="open-business"]')
    for (let taps = 0; ; taps++) {
      if (taps > 60) throw new Error('the journey did not end in 60 taps')
      await until('a journey step', () => $('.kiosk-journey'))
      const journey = $('.kiosk-journey')!
      const [step, view] = [journey.dataset.step ?? '', journey.dataset.view]
      if (view === 'result') {
        await until('the result', () => $('.kiosk-result'))
        break
      }
      if (view === 'check') click('button.primary:last-of-type', journey)
      else if (journey.querySelector('form.question')) {
        const number = $<HTMLInputElement>(`#${step}-input`)
        if (number) {
          number.value = answers[step]!
          number.dispatchEvent(new Event('input', { bubbles: true }))
          click('form.question button.primary', journey)
          // Single-choice and yes-no options are submit buttons: one tap answers.
        } else click(`form.question button.choice[value="${answers[step]}"]`, journey)
      } else click('section.card button.primary', journey)
      await until('the next step', () => journey.dataset.step !== step || journey.dataset.view !== view || !journey.isConnected)
    }
    if (handOff) {
      click('[data-testid="handoff-result"]')
      await until('the hand-off code', () => $('[data-testid="handoff-code"]'))
    }
    click('[data-testid="kiosk-finish"]')
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
  // The hall loads once the start screen has been left alone a moment; then it stays for the day.
  const tourState = await page
    .locator('[data-testid="hall"][data-tour="touring"]')
    .waitFor({ timeout: 60_000 })
    .then(() => 'touring')
    .catch(async () => (await page.locator('[data-testid="hall"]').getAttribute('data-tour')) ?? 'missing')
  let watched = 0
  const lap = ((await (await fetch(`${server.url}/api/hall`)).json()) as { zones: unknown[] }).zones.length

  const started = performance.now()
  let baseline: (Sample & { zone: string }) | undefined
  let warmUp: Sample | undefined
  let done = 0
  while (done < VISITS && performance.now() - started < BUDGET_MS) {
    await visit(page, done % 5 === 4)
    done++
    if ((done <= lap || done % WATCH_TOUR_EVERY === 0) && (await watchTour(page))) watched++
    if (done === WARM_UP_FROM) warmUp = await sample(page)
    if (done === BASELINE_AT) baseline = await sample(page)
  }
  const end = await sample(page, baseline?.zone)
  const seconds = (performance.now() - started) / 1000
  const growth = end.heapMb - (baseline?.heapMb ?? NaN)
  console.log(`kiosk soak: ${done} visits (journey to the result, Finish; a QR hand-off every 5th) in ${seconds.toFixed(0)} s, ${(seconds / done).toFixed(2)} s per visit`)
  console.log(`  JS heap after forced GC: ${warmUp?.heapMb.toFixed(2)} MB after ${WARM_UP_FROM} visits (warming up), ${baseline?.heapMb.toFixed(2)} MB after ${BASELINE_AT}, ${end.heapMb.toFixed(2)} MB after ${done}`)
  console.log(`  heap growth from visit ${BASELINE_AT} ${growth.toFixed(2)} MB (goal ≤ ${HEAP_GOAL_MB} MB) ${growth <= HEAP_GOAL_MB ? 'met' : 'NOT met'}`)
  console.log(`  DOM nodes ${baseline?.nodes} -> ${end.nodes}; JS event listeners ${baseline?.listeners} -> ${end.listeners}; kiosk handles ${baseline?.handles} -> ${end.handles} (goal: flat) ${end.handles === baseline?.handles && end.listeners <= (baseline?.listeners ?? 0) ? 'met' : 'NOT met'}`)
  console.log(`  live Pixi textures of the start screen's hall: ${end.textures === null ? 'no hall in the page, nothing to count' : `${baseline?.textures} -> ${end.textures}, both at the ${end.zone === baseline?.zone ? `"${end.zone}" zone` : `zones "${baseline?.zone}" and "${end.zone}" (the tour did not reach the same one)`} (goal: flat, no growth) ${end.textures !== null && baseline?.textures != null && end.textures <= baseline.textures ? 'met' : 'NOT met'}`}`)
  console.log(`  the hall tour was ${tourState} before the first visit; the guide walked to a new zone on ${watched} watched start screens (after each of the first ${lap} visits and every ${WATCH_TOUR_EVERY}th)`)
  if (done < VISITS) console.log(`  stopped after ${done} visits: the ${BUDGET_MS / 60_000}-minute budget ran out (the machine is busy)`)
  if (errors.length > 0) console.log(`  page errors: ${[...new Set(errors)].join('; ')}`)
  console.log(`machine: ${cpus().length} cores, load average ${loadavg().map((l) => l.toFixed(1)).join(' ')}`)
} finally {
  await browser.close()
  await server.stop()
}
