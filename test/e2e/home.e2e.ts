import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { launchChromium, openPage } from './browser.ts'

const baseUrl = inject('baseUrl')
let browser: Browser

beforeAll(async () => {
  browser = await launchChromium()
})

afterAll(async () => {
  await browser?.close()
})

describe('the first page', () => {
  it('loads the situations and finds business licence matters as the citizen types, by pinyin initials too', async () => {
    const page = await openPage(browser)
    await page.goto(`${baseUrl}/`)
    await page.locator('a[href="/situations/open-business"]').waitFor()

    const search = page.getByRole('searchbox')
    await search.fill('营业执照')
    const first = page.locator('a[href^="/matters/"]').first()
    await first.waitFor({ timeout: 30_000 })
    const found = await page.locator('a[href^="/matters/"]').evaluateAll((links) => links.map((a) => a.getAttribute('href')))
    expect(found).toContain('/matters/company-establishment')

    await search.fill('yyzz')
    await expect
      .poll(() => page.locator('a[href^="/matters/"]').evaluateAll((links) => links.map((a) => a.getAttribute('href'))), { timeout: 30_000 })
      .toContain('/matters/sole-trader-registration')
    await page.context().close()
  })
})
