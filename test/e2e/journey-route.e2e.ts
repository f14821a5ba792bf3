import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { enumeratePaths, type ScenePath } from '../../core/scenes/paths.ts'
import type { SceneScript } from '../../core/scenes/script.ts'
import { launchChromium, openPage } from './browser.ts'
import { advance, answerByMouse, answersInUrl, listedMatters, place, type PlannedAnswers } from './journey-helpers.ts'

const baseUrl = inject('baseUrl')
const calm = { reducedMotion: 'reduce' } as const
/** Routes driven in the browser per shipped script (every route is driven in the pure tests). */
const perScript = 5

async function getJson<T>(path: string): Promise<T> {
  const res = await fetch(`${baseUrl}${path}`)
  if (!res.ok) throw new Error(`${path} answered ${res.status}`)
  return (await res.json()) as T
}

/** `count` routes spread evenly over the list, first and last included. */
function sample(routes: ScenePath[], count: number): ScenePath[] {
  if (routes.length <= count) return routes
  return Array.from({ length: count }, (_, i) => routes[Math.round((i * (routes.length - 1)) / (count - 1))]!)
}

/** The progress line as data: the question number and the most questions there can be. */
async function progress(page: Page): Promise<{ number: number; most: number }> {
  const p = page.getByTestId('progress')
  return { number: Number(await p.getAttribute('data-number')), most: Number(await p.getAttribute('data-most')) }
}

let browser: Browser
let scripts: SceneScript[]

beforeAll(async () => {
  browser = await launchChromium()
  const { scenes } = await getJson<{ scenes: { id: string }[] }>('/api/scenes')
  scripts = await Promise.all(scenes.map(({ id }) => getJson<SceneScript>(`/api/scenes/${id}`)))
})
afterAll(async () => browser?.close())

describe('the journey of issue 14 in Chromium', () => {
  it('reaches the list on at least 20 sampled routes in at most questions + 2 clicks, with progress that never grows', async () => {
    let driven = 0
    const page = await openPage(browser, calm)
    for (const script of scripts) {
      for (const route of sample(enumeratePaths(script), perScript)) {
        const questions = route.path.filter((id) => script.steps.find((s) => s.id === id)?.kind === 'question').length
        const what = `${script.id}: ${route.path.join(' > ')}`
        await page.goto(`${baseUrl}/situations/${script.id}`)
        let clicks = 0
        let most = Infinity
        for (let guard = 0; guard < 40; guard++) {
          const here = await place(page)
          if (here.kind !== 'question') break
          const shown = await progress(page)
          expect(shown.most, `${what}: the total grew at question ${shown.number}`).toBeLessThanOrEqual(most)
          most = shown.most
          clicks += await answerByMouse(page, here.id, route.answers[here.id] as PlannedAnswers[string])
        }
        expect(await place(page), what).toEqual({ kind: 'check' })
        await advance(page, () => page.getByRole('button', { name: '确认，查看一次告知单' }).click())
        clicks++
        expect(await place(page), what).toEqual({ kind: 'result' })
        expect((await listedMatters(page)).length, what).toBeGreaterThan(0)
        expect(clicks, what).toBeLessThanOrEqual(questions + 2)
        driven++
      }
    }
    expect(driven).toBeGreaterThanOrEqual(20)
    await page.context().close()
  }, 600_000)

  it('moves between questions with the browser Back and Forward, keeps the place on reload, and a shared link restores answers only', async () => {
    const page = await openPage(browser, calm)
    await page.goto(`${baseUrl}/`)
    await page.goto(`${baseUrl}/situations/open-restaurant`)
    expect(await place(page)).toEqual({ kind: 'question', id: 'business-form' })
    await answerByMouse(page, 'business-form', 'sole-trader')
    await answerByMouse(page, 'has-business-licence', false)
    await answerByMouse(page, 'floor-area', 80)
    expect(await place(page)).toEqual({ kind: 'question', id: 'outdoor-sign' })

    await advance(page, () => page.goBack().then(() => {}))
    expect(await place(page)).toEqual({ kind: 'question', id: 'floor-area' })
    expect(await page.locator('#floor-area-input').inputValue()).toBe('80')
    await advance(page, () => page.goBack().then(() => {}))
    expect(await place(page)).toEqual({ kind: 'question', id: 'has-business-licence' })
    await advance(page, () => page.goForward().then(() => {}))
    expect(await place(page)).toEqual({ kind: 'question', id: 'floor-area' })

    await page.reload()
    expect(await place(page)).toEqual({ kind: 'question', id: 'floor-area' })
    expect(answersInUrl(page.url())).toEqual({ 'business-form': 'sole-trader', 'has-business-licence': false, 'floor-area': 80 })
    const partialLink = page.url()

    // The page's own Back is the browser's Back: it leaves the same history behind.
    await advance(page, () => page.getByTestId('journey-back').click())
    expect(await place(page)).toEqual({ kind: 'question', id: 'has-business-licence' })
    await advance(page, () => page.goForward().then(() => {}))
    expect(await place(page)).toEqual({ kind: 'question', id: 'floor-area' })

    await answerByMouse(page, 'floor-area', 80)
    for (const [id, value] of [['outdoor-sign', false], ['kitchen-sewage', false], ['sells-tobacco', true], ['sells-online', false], ['applicant', 'self']] as const) {
      await answerByMouse(page, id, value)
    }
    expect(await place(page)).toEqual({ kind: 'check' })
    const fullLink = page.url()
    await page.reload()
    expect(await place(page)).toEqual({ kind: 'check' })
    await advance(page, () => page.getByRole('button', { name: '确认，查看一次告知单' }).click())
    await page.reload()
    expect(await place(page)).toEqual({ kind: 'result' })
    await advance(page, () => page.goBack().then(() => {}))
    expect(await place(page)).toEqual({ kind: 'check' })

    // Back past the first question leaves the journey for the page before it.
    for (let i = 0; i < 12 && new URL(page.url()).pathname !== '/'; i++) {
      const before = page.url()
      await page.evaluate(() => history.back())
      await page.waitForURL((url) => url.href !== before)
    }
    expect(new URL(page.url()).pathname).toBe('/')

    // A link opened in a fresh browser carries answers only: the place it was copied on does not travel.
    const other = await openPage(browser, calm)
    await other.goto(partialLink)
    expect(await place(other)).toEqual({ kind: 'question', id: 'outdoor-sign' })
    await other.goto(fullLink)
    expect(await place(other)).toEqual({ kind: 'result' })
    await other.context().close()
    await page.context().close()
  }, 300_000)
})
