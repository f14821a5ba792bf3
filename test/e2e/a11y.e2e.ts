import { createRequire } from 'node:module'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { encodeAnswers } from '../../client/journey/share-link.ts'
import { launchChromium, openPage } from './browser.ts'
import { advance, companyAnswers, listedMatters, place } from './journey-helpers.ts'

const baseUrl = inject('baseUrl')
const axePath = createRequire(import.meta.url).resolve('axe-core/axe.min.js')

/** Five pages and five axe runs per language on a busy 2-core machine. */
const auditTimeout = 240_000

type Violation = { id: string; impact: string | null; help: string; nodes: { target: unknown[]; failureSummary?: string }[] }

let browser: Browser
beforeAll(async () => {
  browser = await launchChromium()
})
afterAll(async () => {
  await browser?.close()
})

/** Runs axe-core on the page as it stands and returns its serious and critical violations. */
async function seriousViolations(page: Page): Promise<Violation[]> {
  await page.addScriptTag({ path: axePath })
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (ctx: Document) => Promise<{ violations: Violation[] }> } }).axe
    const result = await axe.run(document)
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      nodes: v.nodes.map((n) => ({ target: n.target, failureSummary: n.failureSummary })),
    }))
  })
  return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')
}

/** One readable line per failing element, so a failure says what to fix and where. */
function describeViolations(where: string, violations: Violation[]): string {
  return violations
    .flatMap((v) => v.nodes.map((n) => `${where}: [${v.impact}] ${v.id}: ${v.help}\n    at ${JSON.stringify(n.target)}\n    ${(n.failureSummary ?? '').replace(/\n/g, '\n    ')}`))
    .join('\n')
}

/** Visits home, a question, check-answers, the result and a matter guide, collecting what axe reports on each. */
async function auditPages(page: Page): Promise<string[]> {
  const problems: string[] = []
  const audit = async (where: string) => {
    const found = await seriousViolations(page)
    if (found.length > 0) problems.push(describeViolations(where, found))
  }

  await page.goto(`${baseUrl}/`)
  await page.locator('a[href="/situations/open-business"]').waitFor()
  await page.locator('a[href^="/departments/"]').first().waitFor()
  await audit('home')

  await page.goto(`${baseUrl}/situations/open-business`)
  expect(await place(page)).toEqual({ kind: 'question', id: 'business-form' })
  await audit('question')

  // A shared link opens straight on the result; Back from the result is the check page.
  await page.goto(`${baseUrl}/situations/open-business?a=${encodeAnswers(companyAnswers)}`)
  await listedMatters(page)
  await audit('result')
  await advance(page, () => page.locator('button.back').click())
  expect(await place(page)).toEqual({ kind: 'check' })
  await audit('check-answers')

  await page.goto(`${baseUrl}/matters/company-establishment`)
  await page.locator('article.guide h1').waitFor()
  await audit('matter guide')
  return problems
}

/** A page whose remembered preferences (language, elder mode) are set before the app reads them. */
async function pageWith(settings: Record<string, string>): Promise<Page> {
  // The app's CSP (script-src 'self') would block the injected axe script; bypassing it changes nothing axe checks.
  const page = await openPage(browser, { reducedMotion: 'reduce', bypassCSP: true })
  await page.addInitScript((entries) => {
    for (const [key, value] of Object.entries(entries)) localStorage.setItem(key, value)
  }, settings)
  return page
}

describe('accessibility with axe-core in Chromium', () => {
  it('skips to the main content from the keyboard: the first Tab reaches the skip link and Enter moves focus past the header', async () => {
    const page = await openPage(browser)
    await page.goto(`${baseUrl}/`)
    await page.locator('main h1').first().waitFor()
    await page.keyboard.press('Tab')
    expect(await page.evaluate(() => document.activeElement?.getAttribute('href'))).toBe('#main')
    await page.keyboard.press('Enter')
    await page.waitForFunction(() => document.activeElement?.id === 'main')
    expect(new URL(page.url()).pathname).toBe('/')
    await page.context().close()
  })

  it('finds no serious or critical violations in Chinese', async () => {
    const page = await pageWith({})
    const problems = await auditPages(page)
    await page.context().close()
    expect(problems.join('\n'), 'axe-core violations').toBe('')
  }, auditTimeout)

  it('finds no serious or critical violations in English', async () => {
    const page = await pageWith({ locale: 'en' })
    await page.goto(`${baseUrl}/`)
    await page.locator('html[lang="en"]').waitFor({ state: 'attached' })
    const problems = await auditPages(page)
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en')
    await page.context().close()
    expect(problems.join('\n'), 'axe-core violations').toBe('')
  }, auditTimeout)

  it('finds no serious or critical violations in elder mode', async () => {
    const page = await pageWith({ elder: '1', 'elder-size': '24' })
    const problems = await auditPages(page)
    expect(await page.evaluate(() => parseFloat(getComputedStyle(document.documentElement).fontSize))).toBe(24)
    await page.context().close()
    expect(problems.join('\n'), 'axe-core violations').toBe('')
  }, auditTimeout)
})
