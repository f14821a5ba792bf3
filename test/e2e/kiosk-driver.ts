import type { Browser, BrowserContext, Page } from 'playwright-core'

/** A kiosk screen as a visitor meets it: portrait 1080×1920, touch, a mouse-less desktop browser. */
export const kioskContextOptions = { viewport: { width: 1080, height: 1920 }, hasTouch: true, isMobile: false, locale: 'zh-CN' }

/** The open-business answers the kiosk tests give; 4817 employees is a value nobody else shows. */
export const typedNumber = '4817'
const answers: Record<string, string> = {
  'business-form': 'company',
  'applies-in-person': 'yes',
  'has-employees': 'yes',
  'employee-count': typedNumber,
  'needs-invoices': 'no',
  'sells-food': 'no',
  'needs-seal': 'yes',
}

export type KioskBaseline = { historyLength: number; cacheSize: string; handles: string }

/** Opens /kiosk and waits for the start screen with its situations; returns what a fresh kiosk looks like. */
export async function openKiosk(context: BrowserContext, baseUrl: string): Promise<{ page: Page; baseline: KioskBaseline }> {
  const page = await context.newPage()
  await page.goto(`${baseUrl}/kiosk`)
  const baseline = await settledAttract(page)
  return { page, baseline }
}

/**
 * A still kiosk (reduced motion) whose window.print only counts, as the kiosk's silent printing
 * would print; `printed(page)` reads the count. Resolves on the start screen.
 */
export async function openPrintingKiosk(browser: Browser, baseUrl: string): Promise<Page> {
  const context = await browser.newContext({ ...kioskContextOptions, reducedMotion: 'reduce' })
  await context.addInitScript(() => {
    const w = window as unknown as { printed: number; print: () => void }
    w.printed = 0
    w.print = () => void (w.printed += 1)
  })
  return (await openKiosk(context, baseUrl)).page
}

/** How many times the page asked to print. */
export const printed = (page: Page) => page.evaluate(() => (window as unknown as { printed: number }).printed)

/** Waits for the start screen to have loaded its tour, then reads history length, cache size and live handles. */
export async function settledAttract(page: Page): Promise<KioskBaseline> {
  await page.locator('[data-testid="attract"] .title').waitFor({ state: 'attached', timeout: 15_000 }).catch(async (err: Error) => {
    const kiosk = await page.locator('#app').evaluate((el) => el.innerHTML.slice(0, 600)).catch(() => '(no #app)')
    throw new Error(`the kiosk start screen did not show at ${page.url()}: ${err.message}\n${kiosk}`)
  })
  const kiosk = page.getByTestId('kiosk')
  await page.waitForFunction(() => document.querySelector('[data-testid="kiosk"]')?.getAttribute('data-resetting') === 'false')
  return {
    historyLength: await page.evaluate(() => history.length),
    cacheSize: (await kiosk.getAttribute('data-query-cache-size')) ?? '',
    handles: (await kiosk.getAttribute('data-kiosk-handles')) ?? '',
  }
}

/**
 * Taps through "开办企业" from the start screen (or, `started`, from its first step) to the 一次告知单, answering with `answers`. Returns the
 * text of the check-your-answers page, where the typed number shows.
 */
export async function tapThroughOpenBusiness(page: Page, { started = false } = {}): Promise<{ checkPage: string }> {
  let checkPage = ''
  if (!started) {
    await page.getByTestId('kiosk-start').tap()
    await page.locator('[data-situation="open-business"]').tap()
  }
  const journey = page.locator('.kiosk-journey')
  for (let i = 0; i < 60; i++) {
    await journey.waitFor()
    const view = await journey.getAttribute('data-view')
    if (view === 'result') return (await page.locator('.kiosk-result').waitFor(), { checkPage })
    const step = (await journey.getAttribute('data-step')) ?? ''
    if (view === 'check') {
      checkPage = await journey.innerText()
      await journey.locator('button.primary').last().tap()
    }
    else await answer(page, step)
    await page.waitForFunction(([before, v]) => {
      const j = document.querySelector('.kiosk-journey')
      return j && (j.getAttribute('data-step') !== before || j.getAttribute('data-view') !== v)
    }, [step, view] as const)
  }
  throw new Error('the journey did not reach its result in 60 taps')
}

async function answer(page: Page, step: string): Promise<void> {
  const value = answers[step]
  if (value === undefined) throw new Error(`the test has no answer for the question "${step}"`)
  const input = page.locator(`#${step}-input`)
  if (await input.count()) {
    await input.tap()
    await input.fill(value)
    await page.locator('form.question button.primary[type="submit"]').tap()
  } else await page.locator(`form.question button[name="choice"][value="${value}"]`).tap()
}
