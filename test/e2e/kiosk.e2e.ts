import { mkdirSync } from 'node:fs'
import type { Browser, BrowserContext, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startServer, type ServerProcess } from '../support/server-process.ts'
import { launchChromium } from './browser.ts'
import { draftTokenOf } from './draft-page.ts'
import { expectStopsClear, hallState, shownWords, waitForHall } from './hall-state.ts'
import { kioskContextOptions, openKiosk, settledAttract, tapThroughOpenBusiness, typedNumber, type KioskBaseline } from './kiosk-driver.ts'

/*
 * The kiosk runs against its own server with a 3 s idle time. The warning keeps the 20 s minimum WCAG
 * 2.2.1 asks for (the server refuses less), so the idle test really waits it out: no test-only clock
 * or setting changes what a visitor would get. Tests that only need visits ask for reduced motion, so
 * the start screen's hall stands still on this machine's software WebGL; "the start screen" tests
 * watch it move.
 */
const stillKiosk = { ...kioskContextOptions, reducedMotion: 'reduce' as const }
let server: ServerProcess
let browser: Browser
beforeAll(async () => {
  ;[server, browser] = await Promise.all([startServer({ KIOSK_IDLE_SECONDS: '3', KIOSK_WARNING_SECONDS: '20' }), launchChromium()])
})
afterAll(async () => {
  await browser?.close()
  await server?.stop()
})

type Visit = { page: Page; context: BrowserContext; baseline: KioskBaseline; secrets: string[]; handoffCodes: string[]; draftToken: string }

/** A visitor's whole visit: a journey, both hand-offs (so a draft exists), and state some page might have left. */
async function visit(): Promise<Visit> {
  const context = await browser.newContext(stillKiosk)
  const { page, baseline } = await openKiosk(context, server.url)
  let draft: { token: string; resumeCode: string } | undefined
  page.on('response', async (res) => {
    if (res.url().endsWith('/api/drafts') && res.request().method() === 'POST' && res.status() === 201) draft = (await res.json()) as typeof draft
  })
  const seen = await tapThroughOpenBusiness(page)
  expect(seen.checkPage).toContain(typedNumber)

  const handoffCodes: string[] = []
  for (const button of ['handoff-result', 'handoff-form']) {
    await page.getByTestId(button).first().tap()
    const code = page.getByTestId('handoff-code')
    await code.waitFor()
    handoffCodes.push((await code.getAttribute('data-code'))!)
    await page.getByTestId('handoff').locator('button').tap()
  }
  await expect.poll(() => draft).toBeDefined()

  // The kiosk itself wrote nothing anywhere...
  expect(await storageSnapshot(page)).toEqual({ local: 0, session: 0, cookie: '', databases: [] })
  expect(await context.cookies()).toEqual([])
  // ...but the reset must clear whatever any page script might have left.
  await page.evaluate(async (secret) => {
    localStorage.setItem('left-behind', secret)
    sessionStorage.setItem('left-behind', secret)
    document.cookie = `left-behind=${secret}; path=/`
    await new Promise<void>((resolve) => {
      const open = indexedDB.open('left-behind')
      open.onupgradeneeded = () => open.result.createObjectStore('values')
      open.onsuccess = () => (open.result.close(), resolve())
    })
  }, typedNumber)
  const secrets = [typedNumber, draft!.token, draft!.resumeCode, ...handoffCodes, ...handoffCodes.map((c) => `${c.slice(0, 3)} ${c.slice(3)}`)]
  return { page, context, baseline, secrets, handoffCodes, draftToken: draft!.token }
}

function storageSnapshot(page: Page) {
  return page.evaluate(async () => ({
    local: localStorage.length,
    session: sessionStorage.length,
    cookie: document.cookie,
    databases: (await indexedDB.databases()).map((d) => d.name),
  }))
}

/** Everything the issue lists: DOM, storage, cookies, IndexedDB, query cache, history, and the server links. */
async function expectNothingLeft(v: Visit): Promise<void> {
  const after = await settledAttract(v.page)
  const html = await v.page.content()
  const values = await v.page.evaluate(() => [...document.querySelectorAll('input, textarea')].map((el) => (el as HTMLInputElement).value).join(' '))
  for (const secret of v.secrets) {
    expect(html).not.toContain(secret)
    expect(values).not.toContain(secret)
  }
  expect(await storageSnapshot(v.page)).toEqual({ local: 0, session: 0, cookie: '', databases: [] })
  expect(await v.context.cookies()).toEqual([])
  expect(after.cacheSize).toBe(v.baseline.cacheSize)
  expect(after.handles).toBe(v.baseline.handles)
  expect(after.historyLength).toBe(v.baseline.historyLength)
  expect(new URL(v.page.url()).pathname).toBe('/kiosk')
  // Back leads only to where the browser was before the kiosk opened (about:blank here), never into the visit.
  await v.page.goBack().catch(() => null)
  expect(v.page.url()).toBe('about:blank')

  for (const code of v.handoffCodes) {
    const res = await fetch(`${server.url}/api/handoffs/${code}`)
    expect(res.status).toBe(410)
    expect(((await res.json()) as { error: { code: string } }).error.code).toBe('handoff_revoked')
  }
  expect((await fetch(`${server.url}/api/drafts/${v.draftToken}`)).status).toBe(404)
}

describe('the kiosk between two visitors', () => {
  it('warns after the idle time with a 20 s countdown and a Continue button, then clears everything', async () => {
    const v = await visit()
    const warning = v.page.getByTestId('idle-warning')
    await warning.waitFor({ timeout: 10_000 })
    const seconds = Number(await v.page.getByTestId('idle-seconds').innerText())
    expect(seconds).toBeGreaterThanOrEqual(18)
    expect(seconds).toBeLessThanOrEqual(20)
    await expect.poll(async () => Number(await v.page.getByTestId('idle-seconds').innerText()), { timeout: 5000 }).toBeLessThan(seconds)
    await v.page.getByTestId('attract').waitFor({ timeout: 30_000 })
    await expectNothingLeft(v)
    await v.context.close()
  }, 120_000)

  it('gives the full time again when Continue is tapped', async () => {
    const context = await browser.newContext(stillKiosk)
    const { page } = await openKiosk(context, server.url)
    await page.getByTestId('kiosk-start').tap()
    await page.getByTestId('idle-warning').waitFor({ timeout: 10_000 })
    // Any touch continues, so the warning may already be gone when Playwright checks what is under the
    // finger after the touch starts (a flaky "<html> intercepts pointer events" before): tap it regardless.
    await page.getByRole('button', { name: '继续 / Continue' }).tap({ force: true })
    await expect.poll(() => page.getByTestId('idle-warning').count()).toBe(0)
    expect(await page.getByTestId('kiosk').getAttribute('data-phase')).toBe('active')
    await context.close()
  })

  it('clears everything at once when the visitor taps 结束 / Finish', async () => {
    const v = await visit()
    await v.page.getByTestId('kiosk-finish').tap()
    await v.page.getByTestId('attract').waitFor({ timeout: 5000 })
    await expectNothingLeft(v)
    await v.context.close()
  }, 90_000)
})

describe('the start screen', () => {
  it('tours the hall zone by zone, shows it beside the visit, and tours on after the reset', async () => {
    const zones = ((await (await fetch(`${server.url}/api/hall`)).json()) as { zones: { id: string; name: { zh: string; en: string } }[] }).zones
    const after = (id: string) => zones[(zones.findIndex((z) => z.id === id) + 1) % zones.length]!
    const context = await browser.newContext(kioskContextOptions)
    const { page } = await openKiosk(context, server.url)
    // The guide waves in the first zone, then walks on; the words are in the page as well as in the bubble.
    const first = await waitForHall(page, (d) => d.tour === 'touring' && d.guideAt === `zone:${d.tourStop}`, 'the guide arriving in a zone')
    const words = page.getByTestId('tour-words')
    const zone = zones.find((z) => z.id === first.tourStop)!
    expect(await words.innerText()).toContain(zone.name.zh)
    expect(await words.innerText()).toContain(zone.name.en)
    expect(await page.getByTestId('hall').isVisible()).toBe(true)
    // A calm loop (the guide walks briefly, then the hall holds still), its signs still at least 12 px.
    expect(first.calm).toBe('true')
    const signs = await shownWords(page)
    expect(signs.length, 'signs shown on the tour').toBeGreaterThan(2)
    expect(Math.min(...signs.map((w) => w.size)), 'the smallest type on the tour').toBeGreaterThanOrEqual(12)

    await page.getByTestId('kiosk-start').tap()
    await page.locator('[data-situation]').first().waitFor()
    // The same hall stays for the visit (one per page), above the questions, and stops touring.
    const during = await waitForHall(page, (d) => d.tour === 'visit' && d.tweens === '0', 'the hall beside the visit')
    expect(await page.getByTestId('hall').isVisible()).toBe(true)
    await page.waitForTimeout(500)
    expect(await hallState(page)).toMatchObject({ tour: 'visit', calm: 'false', paused: 'false', tweens: '0', place: during.place, guideAt: during.guideAt })

    await page.getByTestId('kiosk-finish').tap()
    await page.getByTestId('attract').waitFor()
    const next = after(during.tourStop!)
    // After a moment's rest the guide sets off for the next zone.
    await waitForHall(page, (d) => d.tour === 'touring' && d.paused === 'false' && d.place === `zone:${next.id}` && d.tweens !== '0', `the guide setting off for ${next.id}`)
    expect(await words.innerText()).toContain(next.name.zh)
    // Mounted once for the page, never per visit.
    expect(await page.locator('canvas').count()).toBe(1)

    await page.getByRole('button', { name: '暂停动画' }).tap()
    expect(await waitForHall(page, (d) => d.tour === 'paused', 'the tour paused')).toMatchObject({ paused: 'true', tweens: '0' })
    await context.close()
  }, 90_000)

  for (const viewport of [{ width: 1080, height: 1920 }, { width: 1920, height: 1080 }]) {
    it(`shows the hall ${viewport.width > viewport.height ? 'beside' : 'above'} the questions through a visit and draws the route on the result (${viewport.width}×${viewport.height})`, async () => {
      const context = await browser.newContext({ ...kioskContextOptions, viewport })
      const { page } = await openKiosk(context, server.url)
      await page.getByTestId('kiosk-start').tap()
      await page.locator('[data-situation="open-business"]').tap()
      const scene = await waitForHall(page, (d) => d.tour === 'visit' && d.place === 'facility:guide-desk' && d.guideAt === 'facility:guide-desk', 'the guide at the desk for the visit')
      expect(scene.hall).toBe('ready')
      const hall = (await page.getByTestId('hall').boundingBox())!
      const heading = (await page.locator('.kiosk-journey h1').boundingBox())!
      if (viewport.width > viewport.height) expect(hall.x).toBeGreaterThanOrEqual(heading.x + heading.width)
      else expect(hall.y + hall.height).toBeLessThanOrEqual(heading.y)
      mkdirSync('test/artefacts', { recursive: true })
      await page.screenshot({ path: `test/artefacts/kiosk-${viewport.width}x${viewport.height}-visit.png` })
      // The signs on the picture are at least 12 px at the kiosk's size.
      const words = await shownWords(page)
      expect(words.length, 'signs shown').toBeGreaterThan(2)
      expect(Math.min(...words.map((w) => w.size)), 'the smallest type on the picture').toBeGreaterThanOrEqual(12)
      await tapThroughOpenBusiness(page, { started: true })
      const result = await waitForHall(page, (d) => (d.route ?? '') !== '' && d.tour === 'visit', 'the route on the result')
      expect(result.route!.split(',').length).toBeGreaterThan(0)
      expect(await page.getByTestId('hall').isVisible()).toBe(true)
      expect(await page.locator('canvas').count()).toBe(1)
      await waitForHall(page, (d) => d.tweens === '0', 'the route drawn and still')
      await page.screenshot({ path: `test/artefacts/kiosk-${viewport.width}x${viewport.height}-route.png` })
      await expectStopsClear(page, `the kiosk's route at ${viewport.width}×${viewport.height}`)
      await context.close()
    }, 120_000)
  }

  it('shows a still overview of the hall under reduced motion', async () => {
    const context = await browser.newContext(stillKiosk)
    const { page } = await openKiosk(context, server.url)
    await waitForHall(page, (d) => d.tour === 'still' && d.hall === 'ready', 'the still overview')
    for (let sample = 0; sample < 4; sample++) {
      expect(await hallState(page)).toMatchObject({ tour: 'still', tweens: '0', guideAt: 'entrance', place: '' })
      await page.waitForTimeout(250)
    }
    expect(await page.getByTestId('tour-words').innerText()).toContain('大厅分区：导服区')
    expect(await page.getByRole('button', { name: '暂停动画' }).count()).toBe(0)
    await context.close()
  })

  it('tours the situations instead when the browser has no WebGL', async () => {
    const noWebgl = await launchChromium(['--disable-webgl', '--disable-3d-apis'])
    try {
      const context = await noWebgl.newContext(kioskContextOptions)
      const { page } = await openKiosk(context, server.url)
      await waitForHall(page, (d) => d.tour === 'unavailable', 'the hall unavailable')
      await page.locator('[data-testid="attract"] .card .title').waitFor()
      expect(await page.locator('canvas').count()).toBe(0)
      await page.getByTestId('kiosk-start').tap()
      await page.locator('[data-situation="open-business"]').waitFor()
    } finally {
      await noWebgl.close()
    }
  })
})

describe('the kiosk screen', () => {
  it('has 60 px touch targets, no context menu, no pinch zoom and no link that leaves the kiosk', async () => {
    const context = await browser.newContext(stillKiosk)
    const { page } = await openKiosk(context, server.url)
    await tapThroughOpenBusiness(page)
    const small = await page.evaluate(() =>
      [...document.querySelectorAll<HTMLElement>('.kiosk button, .kiosk label')]
        .filter((el) => el.offsetParent !== null)
        .map((el) => ({ text: el.innerText.slice(0, 30), box: el.getBoundingClientRect() }))
        .filter(({ box }) => box.width < 60 || box.height < 60)
        .map(({ text, box }) => `${text} ${Math.round(box.width)}×${Math.round(box.height)}`),
    )
    expect(small).toEqual([])
    expect(await page.locator('meta[name="viewport"]').getAttribute('content')).toContain('user-scalable=no')
    const blocked = await page.evaluate(() => {
      const menu = new MouseEvent('contextmenu', { bubbles: true, cancelable: true })
      document.querySelector('.kiosk h1')!.dispatchEvent(menu)
      return menu.defaultPrevented
    })
    expect(blocked).toBe(true)
    const link = page.locator('.kiosk-result a[href^="/matters/"]').first()
    await link.dispatchEvent('click')
    expect(new URL(page.url()).pathname).toBe('/kiosk')
    expect(await page.evaluate(() => getComputedStyle(document.documentElement).userSelect)).toBe('none')
    await context.close()
  })

  it('prints the 一次告知单 on an 80 mm roll when the kiosk is set to receipt paper', async () => {
    const context = await browser.newContext(stillKiosk)
    const page = await context.newPage()
    await page.route('**/api/kiosk/config', async (route) => {
      const res = await route.fetch()
      await route.fulfill({ response: res, json: { ...(await res.json()), paper: '80mm' } })
    })
    await page.goto(`${server.url}/kiosk`)
    await settledAttract(page)
    await tapThroughOpenBusiness(page)
    expect(await page.evaluate(() => document.body.className)).toContain('kiosk-paper-80mm')
    const pdf = (await page.pdf({ preferCSSPageSize: true, printBackground: false })).toString('latin1')
    const box = /\/MediaBox \[0 0 ([\d.]+) ([\d.]+)\]/.exec(pdf)
    expect(Number(box?.[1])).toBeCloseTo((80 / 25.4) * 72, 0)
    await context.close()
  })
})

describe('handing a visit to a phone', () => {
  it('opens the journey result from the QR link on another device, and stops working after Finish', async () => {
    const kiosk = await browser.newContext(stillKiosk)
    const { page } = await openKiosk(kiosk, server.url)
    await tapThroughOpenBusiness(page)
    await page.getByTestId('handoff-result').tap()
    const code = (await page.getByTestId('handoff-code').getAttribute('data-code'))!
    expect(await page.getByTestId('handoff').locator('svg path').count()).toBeGreaterThan(0)

    const phone = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, locale: 'zh-CN' })
    const mobile = await phone.newPage()
    await mobile.goto(`${server.url}/h/${code}`)
    await mobile.waitForURL(/\/situations\/open-business\?a=/)
    await expect.poll(() => mobile.locator('main').innerText(), { timeout: 15_000 }).toContain('材料')
    await mobile.goBack().catch(() => null)
    expect(mobile.url()).not.toContain('/h/')

    await page.getByTestId('kiosk-finish').tap()
    await page.getByTestId('attract').waitFor()
    await mobile.goto(`${server.url}/h/${code}`)
    expect(await mobile.getByTestId('handoff-error').getAttribute('data-code')).toBe('handoff_revoked')
    await Promise.all([kiosk.close(), phone.close()])
  })

  it('continues the application draft on the phone from the short code, and Finish at the kiosk removes it', async () => {
    const kiosk = await browser.newContext(stillKiosk)
    const { page } = await openKiosk(kiosk, server.url)
    await tapThroughOpenBusiness(page)
    await page.getByTestId('handoff-form').first().tap()
    const code = (await page.getByTestId('handoff-code').getAttribute('data-code'))!
    const phone = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, locale: 'zh-CN' })
    const mobile = await phone.newPage()
    await mobile.goto(`${server.url}/h/${code.toLowerCase()}`)
    // The phone lands on the draft's page with the token out of its address, and the draft opens.
    const token = await draftTokenOf(mobile)
    await mobile.locator('form input').first().waitFor()
    expect(mobile.url()).toBe(`${server.url}/resume`)
    const draftStatus = () => mobile.evaluate(async (t) => (await fetch('/api/draft', { headers: { 'Draft-Token': t } })).status, token)
    expect(await draftStatus()).toBe(200)

    await page.getByTestId('kiosk-finish').tap()
    await page.getByTestId('attract').waitFor()
    await expect.poll(draftStatus).toBe(404)
    await Promise.all([kiosk.close(), phone.close()])
  })

  it('takes the short code as the kiosk shows it on a phone that cannot scan: at the address the kiosk gives, and from the home page', async () => {
    const kiosk = await browser.newContext(stillKiosk)
    const { page } = await openKiosk(kiosk, server.url)
    await tapThroughOpenBusiness(page)
    await page.getByTestId('handoff-form').first().tap()
    const shown = await page.getByTestId('handoff-code').innerText()
    const line = await page.locator('.handoff .code-line').innerText()
    const address = /(\S+\/h)\b/.exec(line)?.[1]
    expect(address, `the kiosk names where to type the code: "${line}"`).toBe(`${new URL(server.url).host}/h`)

    const phone = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, locale: 'zh-CN' })
    const mobile = await phone.newPage()
    await mobile.goto(`http://${address}`)
    await mobile.locator('#resume-code').fill(shown)
    await mobile.locator('form button[type="submit"]').tap()
    await draftTokenOf(mobile)
    await mobile.locator('form input').first().waitFor()

    await page.getByTestId('handoff-result').tap()
    await page.waitForFunction((before) => document.querySelector('[data-testid="handoff-code"]')?.textContent !== before, shown)
    const resultCode = await page.getByTestId('handoff-code').innerText()
    await mobile.goto(`${server.url}/`)
    await mobile.getByRole('link', { name: /继续填写/ }).tap()
    await mobile.locator('#resume-code').fill(resultCode.toLowerCase())
    await mobile.locator('form button[type="submit"]').tap()
    await mobile.waitForURL(/\/situations\/open-business\?a=/)
    await Promise.all([kiosk.close(), phone.close()])
  })
})

describe('the kiosk\'s buttons', () => {
  /** Controls on screen that a tap would not reach (something else lies on top), and links styled as buttons that do nothing. */
  async function untappable(page: Page): Promise<string[]> {
    const found: string[] = []
    const controls = page.locator('.kiosk-main a, .kiosk-main button')
    for (let i = 0; i < (await controls.count()); i++) {
      const control = controls.nth(i)
      if (!(await control.isVisible())) continue
      await control.scrollIntoViewIfNeeded()
      const problem = await control.evaluate((el) => {
        const box = el.getBoundingClientRect()
        const style = getComputedStyle(el)
        const looksLikeButton = el.tagName === 'BUTTON' || (style.backgroundColor !== 'rgba(0, 0, 0, 0)' && style.backgroundColor !== 'transparent')
        const name = `${el.tagName.toLowerCase()} "${(el.textContent ?? '').trim().slice(0, 30)}"`
        if (style.pointerEvents === 'none') return looksLikeButton ? `${name} looks like a button but ignores taps` : null
        const hit = document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2)
        return hit && (hit === el || el.contains(hit)) ? null : `${name} is covered by ${hit?.tagName.toLowerCase()}.${[...(hit?.classList ?? [])].join('.')}`
      })
      if (problem) found.push(problem)
    }
    return found
  }

  it('on the result, every button a visitor can see takes the tap, and none is a dead link dressed as a button', async () => {
    const kiosk = await browser.newContext(stillKiosk)
    const { page } = await openKiosk(kiosk, server.url)
    await tapThroughOpenBusiness(page)
    expect(await untappable(page)).toEqual([])
    await kiosk.close()
  })

  it('opens the QR code where the visitor looks, from "在线申请" and from each hand-off button', async () => {
    const kiosk = await browser.newContext(stillKiosk)
    const { page } = await openKiosk(kiosk, server.url)
    await tapThroughOpenBusiness(page)
    const buttons = [page.getByTestId('apply-online').first(), page.getByTestId('handoff-result'), page.getByTestId('handoff-form').first()]
    for (const button of buttons) {
      await button.scrollIntoViewIfNeeded()
      const label = await button.innerText()
      await button.tap()
      await page.getByTestId('handoff-code').waitFor()
      const seen = await page.getByTestId('handoff').evaluate((panel) => {
        const box = panel.getBoundingClientRect()
        const code = panel.querySelector('[data-testid="handoff-code"]')!.getBoundingClientRect()
        const hit = document.elementFromPoint(code.left + code.width / 2, code.top + code.height / 2)
        return { top: Math.round(box.top), bottom: Math.round(box.bottom), height: innerHeight, codeUncovered: !!hit && panel.contains(hit) }
      })
      expect({ label, ...seen, inView: seen.top >= 0 && seen.bottom <= seen.height }).toMatchObject({ label, inView: true, codeUncovered: true })
      await page.getByTestId('handoff').locator('button').tap()
    }
    await kiosk.close()
  })
})
