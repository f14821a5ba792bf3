import { mkdirSync } from 'node:fs'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { encodeAnswers } from '../../client/journey/share-link.ts'
import type { Answers } from '../../core/conditions/condition.ts'
import type { Catalogue } from '../../core/content/catalogue.ts'
import { buildOutcome } from '../../core/scenes/outcome.ts'
import type { Place, SceneScript, Step } from '../../core/scenes/script.ts'
import { walkPath } from '../../core/scenes/walk.ts'
import { launchChromium, openPage } from './browser.ts'
import { hallState, waitForHall } from './hall-state.ts'

const baseUrl = inject('baseUrl')
const situation = 'open-restaurant'
// A restaurant without a licence yet, large enough for the fire check, with a sign and tobacco: every window scene.
const answers: Answers = {
  'business-form': 'company',
  'has-business-licence': false,
  'floor-area': 80,
  'outdoor-sign': true,
  'kitchen-sewage': true,
  'sells-tobacco': true,
  'sells-online': false,
  applicant: 'self',
}
const screens = [
  { width: 1280, height: 720 },
  { width: 390, height: 844 },
  { width: 1080, height: 1920 },
  { width: 1920, height: 1080 },
]

async function getJson<T>(path: string): Promise<T> {
  const res = await fetch(`${baseUrl}${path}`)
  if (!res.ok) throw new Error(`${path} answered ${res.status}`)
  const body = (await res.json()) as Record<string, unknown>
  const key = Object.keys(body).length === 1 ? Object.keys(body)[0]! : undefined
  return (key ? body[key] : body) as T
}

const keyOf = (place: Place) => ('window' in place ? `window:${place.window}` : 'zone' in place ? `zone:${place.zone}` : `facility:${place.facility}`)

async function answer(page: Page, step: Extract<Step, { kind: 'question' }>): Promise<void> {
  const value = answers[step.id]
  if (step.input === 'number') {
    await page.locator(`#${step.id}-input`).fill(String(value))
    await page.getByRole('button', { name: '继续', exact: true }).click()
  } else await page.locator(`form.question button[name="choice"][value="${step.input === 'yes-no' ? (value ? 'yes' : 'no') : String(value)}"]`).click()
  await page.waitForFunction((id) => document.querySelector('.journey-screen')?.getAttribute('data-step') !== id, step.id)
}

/** The scene the hall ends on for each question: the last scene step told along with it (scenes and info cost no screen). */
function scenesShown(script: SceneScript): Extract<Step, { kind: 'scene' }>[] {
  const steps = new Map(script.steps.map((s) => [s.id, s]))
  const shown: Extract<Step, { kind: 'scene' }>[] = []
  let last: Extract<Step, { kind: 'scene' }> | undefined
  for (const id of walkPath(script, answers).path) {
    const step = steps.get(id)!
    if (step.kind === 'scene') last = step
    if (step.kind === 'question' && last) shown.push(last)
    if (step.kind === 'question') last = undefined
  }
  return shown
}

/** Walks the journey through the page, question by question; `onScene` checks the hall at the scene each question is told with. */
async function walkJourney(page: Page, script: SceneScript, onScene: (step: Extract<Step, { kind: 'scene' }>) => Promise<void>) {
  await page.goto(`${baseUrl}/situations/${situation}`)
  const steps = new Map(script.steps.map((s) => [s.id, s]))
  const shown = new Set(scenesShown(script).map((s) => s.id))
  let last: Extract<Step, { kind: 'scene' }> | undefined
  for (const id of walkPath(script, answers).path) {
    const step = steps.get(id)!
    if (step.kind === 'scene') last = step
    if (step.kind !== 'question') continue
    await expect.poll(() => page.locator('.journey-screen').getAttribute('data-step'), { timeout: 15_000 }).toBe(step.id)
    if (last && shown.has(last.id)) await onScene(last)
    last = undefined
    await answer(page, step)
  }
  await page.getByRole('button', { name: '确认，查看一次告知单' }).click()
}

async function expectedRoute(script: SceneScript): Promise<number[]> {
  const ids = [...new Set(script.steps.flatMap((s) => (s.kind === 'outcome' ? s.matters.map((m) => m.matter) : [])))]
  const catalogue = {
    matters: await Promise.all(ids.map((id) => getJson<Catalogue['matters'][number]>(`/api/matters/${id}`))),
    hall: await getJson<Catalogue['hall']>('/api/hall'),
    departments: await getJson<Catalogue['departments']>('/api/departments'),
    themes: [], forms: [], scenes: [script], strings: { zh: {}, en: {} },
  } as Catalogue
  return buildOutcome(script, catalogue, answers)!.routeWindows
}

describe('the animated hall', () => {
  let browser: Browser
  let script: SceneScript

  beforeAll(async () => {
    mkdirSync('test-results', { recursive: true })
    browser = await launchChromium()
    script = await getJson<SceneScript>(`/api/scenes/${situation}`)
  })
  afterAll(async () => browser?.close())

  it('takes the guide to the place of the scene told with each question, then draws the route through the windows in order', async () => {
    const page = await openPage(browser)
    const seen: string[] = []
    await walkJourney(page, script, async (step) => {
      const key = keyOf(step.place)
      const walks = step.cue !== 'point'
      const state = await waitForHall(page, (d) => d.place === key && d.tweens === '0' && (!walks || d.guideAt === key), `${step.id} at ${key}`)
      seen.push(`${step.id}@${walks ? state.guideAt : state.place}`)
    })
    expect(seen).toEqual(scenesShown(script).map((s) => `${s.id}@${keyOf(s.place)}`))
    const route = (await expectedRoute(script)).join(',')
    await waitForHall(page, (d) => d.route === route, `the route ${route}`)
    expect(route.split(',').length).toBeGreaterThan(2)
    await page.context().close()
  }, 300_000)

  it('keeps a screenshot of the hall on every screen size', async () => {
    const link = `${baseUrl}/situations/${situation}?a=${encodeAnswers(answers)}`
    for (const viewport of screens) {
      const page = await openPage(browser, { viewport, reducedMotion: 'reduce' })
      await page.goto(`${baseUrl}/situations/${situation}`)
      if (viewport.width <= 640) {
        // On a phone the hall waits for a tap; meanwhile the page says in words where the guide is.
        await expect.poll(() => page.locator('.hall-panel .caption').textContent(), { timeout: 15_000 }).toContain('导服台')
        expect(await page.locator('[data-testid=hall]').count()).toBe(0)
        await page.locator('[data-testid=hall-show]').click()
      }
      await waitForHall(page, (d) => d.guideAt === 'facility:guide-desk', 'the guide at the guide desk', 30_000)
      await page.locator('#hall-view').scrollIntoViewIfNeeded()
      await page.screenshot({ path: `test-results/hall-${viewport.width}x${viewport.height}-welcome.png` })
      // A phone that opened the hall once shows it by itself from then on.
      await page.goto(link)
      await waitForHall(page, (d) => (d.route ?? '') !== '', 'a route', 30_000)
      await page.locator('.hall-panel').screenshot({ path: `test-results/hall-${viewport.width}x${viewport.height}-route.png` })
      const state = await hallState(page)
      expect(state.hall).toBe('ready')
      await page.context().close()
    }
  }, 300_000)

  it('has no running tweens when the visitor prefers reduced motion', async () => {
    const page = await openPage(browser, { reducedMotion: 'reduce' })
    let scenes = 0
    await walkJourney(page, script, async (step) => {
      if (scenes++ > 3) return
      const key = keyOf(step.place)
      await waitForHall(page, (d) => d.place === key, key)
      for (let sample = 0; sample < 4; sample++) {
        const state = await hallState(page)
        expect(state).toMatchObject({ tweens: '0', reducedMotion: 'true' })
        if (step.cue !== 'point') expect(state.guideAt).toBe(key)
        await page.waitForTimeout(100)
      }
    })
    await page.context().close()
  }, 300_000)
})

describe('the hall without WebGL', () => {
  it('says the map is unavailable and the journey still reaches its list', async () => {
    const browser = await launchChromium(['--disable-webgl', '--disable-3d-apis'])
    try {
      const page = await openPage(browser)
      const script = await getJson<SceneScript>(`/api/scenes/${situation}`)
      await walkJourney(page, script, async () => {
        await expect.poll(() => page.getByTestId('hall-unavailable').isVisible(), { timeout: 15_000 }).toBe(true)
      })
      await expect.poll(() => page.locator('main').innerText(), { timeout: 15_000 }).toContain('食品经营许可')
      expect(await page.getByTestId('hall-unavailable').innerText()).toContain('地图暂不可用')
      expect(await page.locator('canvas').count()).toBe(0)
    } finally {
      await browser.close()
    }
  }, 300_000)
})
