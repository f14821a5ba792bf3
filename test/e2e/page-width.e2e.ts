import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { encodeAnswers } from '../../client/journey/share-link.ts'
import { launchChromium, openPage } from './browser.ts'
import { companyAnswers, listedMatters } from './journey-helpers.ts'

const baseUrl = inject('baseUrl')
/** A real draft's token, made in beforeAll, for the draft page (its link is /resume#<token>). */
let draftToken = ''
const h1 = (p: Page) => p.locator('h1').first().waitFor()

/**
 * One page of each kind the site has (every route of client/app/route.ts that a phone may open; the
 * kiosk and the hall display are fixed screens), and what shows it has drawn its content.
 */
const pages: { kind: string; path: string | (() => string); ready: (page: Page) => Promise<unknown> }[] = [
  { kind: 'home', path: '/', ready: (p) => p.locator('a[href^="/departments/"]').first().waitFor() },
  { kind: 'search', path: '/search?q=营业执照', ready: (p) => p.locator('a[href^="/matters/"]').first().waitFor() },
  { kind: 'situation start', path: '/situations/open-business', ready: (p) => p.locator('#step-heading').waitFor() },
  { kind: 'situation result', path: `/situations/open-business?a=${encodeAnswers(companyAnswers)}`, ready: (p) => listedMatters(p) },
  { kind: 'matter guide', path: '/matters/company-establishment', ready: (p) => p.locator('article.guide h1').waitFor() },
  { kind: 'long matter guide', path: '/matters/real-estate-transfer-registration', ready: (p) => p.locator('article.guide h1').waitFor() },
  { kind: 'department', path: '/departments/market-regulation', ready: (p) => p.locator('h1').first().waitFor() },
  { kind: 'online form', path: '/forms/company-establishment', ready: (p) => p.locator('form input, form select').first().waitFor() },
  { kind: 'resume code', path: '/resume', ready: (p) => p.locator('h1').first().waitFor() },
  { kind: 'progress lookup', path: '/applications/lookup', ready: (p) => p.locator('h1').first().waitFor() },
  { kind: 'new ticket', path: '/tickets/new', ready: (p) => p.locator('h1').first().waitFor() },
  { kind: 'ticket lookup', path: '/tickets/lookup', ready: (p) => p.locator('h1').first().waitFor() },
  { kind: 'staff desk', path: '/staff', ready: (p) => p.locator('h1').first().waitFor() },
  { kind: 'not found', path: '/no-such-page', ready: (p) => p.locator('h1').first().waitFor() },
  { kind: 'draft', path: () => `/resume#${draftToken}`, ready: (p) => p.locator('form input, form select').first().waitFor() },
  { kind: 'receipt', path: '/applications/JC-2026-000001-4/receipt', ready: h1 },
  { kind: 'kiosk short code', path: '/h/ZZZZZZ', ready: (p) => p.getByTestId('handoff-error').waitFor() },
  { kind: 'typing a kiosk short code', path: '/h', ready: h1 },
  { kind: 'studio', path: '/studio/open-restaurant', ready: h1 },
  { kind: '我的办件', path: '/me', ready: h1 },
  { kind: 'booking', path: '/booking', ready: h1 },
  { kind: 'booking by code', path: '/booking/ABCD2345', ready: h1 },
  { kind: 'queue', path: '/queue', ready: h1 },
]
const widths = [320, 390, 1080]
const modes = [
  { name: 'normal', settings: {} },
  { name: '长辈版', settings: { elder: '1' } },
  { name: '长辈版, largest text', settings: { elder: '1', 'elder-size': '32' } },
]

/** What sticks out past the right edge: the page's width, and the outermost elements that reach beyond the viewport. */
async function overflow(page: Page): Promise<{ scrollWidth: number; width: number; culprits: string[] }> {
  return page.evaluate(() => {
    const width = document.documentElement.clientWidth
    const wide = [...document.querySelectorAll<HTMLElement>('body *')].filter((el) => {
      const box = el.getBoundingClientRect()
      return box.width > 0 && box.right > width + 1 && getComputedStyle(el).position !== 'fixed'
    })
    const outermost = wide.filter((el) => !wide.some((other) => other !== el && other.contains(el)))
    const name = (el: Element) => `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}${[...el.classList].map((c) => `.${c}`).join('')}`
    return {
      scrollWidth: document.documentElement.scrollWidth,
      width,
      culprits: outermost.slice(0, 5).map((el) => `${name(el.parentElement ?? el)} > ${name(el)} (right edge ${Math.round(el.getBoundingClientRect().right)})`),
    }
  })
}

let browser: Browser
beforeAll(async () => {
  browser = await launchChromium()
  const res = await fetch(`${baseUrl}/api/drafts`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ formId: 'company-establishment' }) })
  draftToken = ((await res.json()) as { token: string }).token
})
afterAll(async () => {
  await browser?.close()
})

describe('no page is wider than the screen', () => {
  it.each(modes)('in $name mode, at 320, 390 and 1080 px, on every page kind', async ({ settings }) => {
    const problems: string[] = []
    for (const width of widths) {
      const page = await openPage(browser, { viewport: { width, height: 800 }, reducedMotion: 'reduce' })
      await page.addInitScript((entries) => {
        for (const [key, value] of Object.entries(entries)) localStorage.setItem(key, value)
      }, settings)
      for (const { kind, path, ready } of pages) {
        await page.goto(`${baseUrl}${typeof path === 'function' ? path() : path}`)
        await ready(page)
        const found = await overflow(page)
        if (found.scrollWidth > found.width) problems.push(`${kind} at ${width} px is ${found.scrollWidth} px wide: ${found.culprits.join('; ')}`)
      }
      await page.context().close()
    }
    expect(problems).toEqual([])
  }, 300_000)
})

describe('form controls are big enough to tap on a phone', () => {
  it('at 390 px, every control of the ticket, lookup and resume forms is at least 44 px tall', async () => {
    const page = await openPage(browser, { viewport: { width: 390, height: 800 }, reducedMotion: 'reduce' })
    const small: string[] = []
    for (const path of ['/tickets/new', '/tickets/lookup', '/applications/lookup', '/resume']) {
      await page.goto(`${baseUrl}${path}`)
      await page.locator('main form').first().waitFor()
      if (path === '/tickets/new') {
        // Matters are found by search (a catalogue may hold thousands): the matches come grouped by department.
        await page.locator('#ticket-matter-search').fill('营业执照')
        await page.locator('#ticket-matter optgroup').first().waitFor({ state: 'attached' })
      }
      small.push(
        ...(await page.locator('main form').first().evaluate((form, where) =>
          [...form.querySelectorAll<HTMLElement>('input:not([type="radio"], [type="checkbox"]), select, textarea, button, label:has(input[type="radio"])')]
            .filter((el) => el.getBoundingClientRect().height < 44)
            .map((el) => `${where}: ${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''} is ${Math.round(el.getBoundingClientRect().height)} px tall`),
        path)),
      )
    }
    expect(small).toEqual([])
    await page.context().close()
  }, 120_000)
})
