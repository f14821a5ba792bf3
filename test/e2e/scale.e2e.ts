import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { countApiBytes } from '../support/api-bytes.ts'
import { writeLargeCatalogue } from '../support/large-catalogue.ts'
import { startServer, type ServerProcess } from '../support/server-process.ts'
import { launchChromium, openPage } from './browser.ts'

// A real centre's catalogue (issue 21): the product serving 3,000 matters, generated into a copy of
// content/ that the suite throws away.
const root = mkdtempSync(join(tmpdir(), 'lobby-scale-'))
// The whole catalogue's summaries are about 1.3 MB; a page that shows twenty must stay far below.
const pageBudget = 120_000
let server: ServerProcess
let browser: Browser

beforeAll(async () => {
  await writeLargeCatalogue(root, 3000)
  ;[server, browser] = await Promise.all([startServer({ CONTENT_DIR: root, STUDIO: 'read-only' }), launchChromium()])
}, 240_000)

afterAll(async () => {
  await browser?.close()
  await server?.stop()
  rmSync(root, { recursive: true, force: true })
})

const matterLinks = (page: Page) => page.locator('main a[href^="/matters/"]').evaluateAll((links) => links.map((a) => a.getAttribute('href')))

describe('the site with 3,000 matters', () => {
  it('says it serves 3,000 matters', async () => {
    const health = (await (await fetch(`${server.url}/healthz`)).json()) as { content: { matters: number } }
    expect(health.content.matters).toBe(3000)
  })

  it('opens the home page with themes and departments without downloading the catalogue', async () => {
    const page = await openPage(browser)
    const bytes = countApiBytes(page)
    await page.goto(`${server.url}/`)
    const licensing = page.locator('a[href="/themes/business-licensing"]')
    await licensing.waitFor()
    await page.locator('a[href="/departments/market-regulation"]').waitFor()
    await page.locator('a[href="/situations/open-business"]').waitFor()
    expect(Number(await licensing.locator('xpath=following-sibling::span').textContent())).toBeGreaterThan(400)
    expect(await bytes.total()).toBeLessThan(pageBudget)
    expect(bytes.urls().some((u) => /\/api\/matters(\?|$)/.test(u))).toBe(false)
    await page.context().close()
  })

  it('shows a theme twenty matters at a time, and the next twenty on the next page', async () => {
    const page = await openPage(browser)
    const bytes = countApiBytes(page)
    await page.goto(`${server.url}/`)
    await page.locator('a[href="/themes/business-licensing"]').click()
    await page.getByRole('heading', { level: 1, name: '经营许可' }).waitFor()
    await expect.poll(() => matterLinks(page)).toHaveLength(20)
    const first = await matterLinks(page)
    await expect.poll(() => page.getByRole('navigation', { name: '分页' }).textContent()).toMatch(/第 1 页，共 \d+ 页（\d+ 个事项）/)
    expect(await bytes.total()).toBeLessThan(pageBudget)

    await page.getByRole('link', { name: '下一页' }).click()
    await page.waitForURL(/\/themes\/business-licensing\?page=2$/)
    await expect.poll(() => page.getByRole('navigation', { name: '分页' }).textContent()).toMatch(/^第 2 页/)
    const second = await matterLinks(page)
    expect(second).toHaveLength(20)
    expect(second.filter((href) => first.includes(href))).toEqual([])
    await page.getByRole('link', { name: '上一页' }).click()
    await page.waitForURL(/\/themes\/business-licensing$/)
    await expect.poll(() => matterLinks(page)).toEqual(first)
    await page.context().close()
  })

  it('pages through a department’s matters', async () => {
    const page = await openPage(browser)
    const bytes = countApiBytes(page)
    await page.goto(`${server.url}/departments/market-regulation?page=3`)
    await page.getByRole('heading', { level: 1, name: '江川市市场监督管理局' }).waitFor()
    await expect.poll(() => page.getByRole('navigation', { name: '分页' }).textContent()).toMatch(/^第 3 页，共 \d+ 页/)
    expect(await matterLinks(page)).toHaveLength(20)
    expect(await bytes.total()).toBeLessThan(pageBudget)
    await page.context().close()
  })

  it('finds a generated matter by name and opens its guide', async () => {
    const page = await openPage(browser)
    await page.goto(`${server.url}/`)
    await page.getByRole('searchbox').fill('新城区食品经营许可')
    const result = page.locator('main a[href^="/matters/"]', { hasText: '新城区食品经营许可' }).first()
    await result.waitFor({ timeout: 30_000 })
    expect((await matterLinks(page)).length).toBeLessThanOrEqual(8)
    await result.click()
    await page.getByRole('heading', { level: 1, name: '新城区食品经营许可' }).waitFor()
    await page.getByText('申请材料').first().waitFor()
    await page.context().close()
  })

  it('opens a guide with its hall map without downloading every window’s matters', async () => {
    const last = (await (await fetch(`${server.url}/api/matters?offset=2999&limit=1`)).json()) as { matters: { id: string; name: { zh: string } }[] }
    const matter = last.matters[0]!
    const page = await openPage(browser)
    const bytes = countApiBytes(page)
    await page.goto(`${server.url}/matters/${matter.id}`)
    await page.getByRole('heading', { level: 1, name: matter.name.zh }).waitFor()
    await page.locator('main svg[role="img"]').waitFor()
    expect(bytes.urls().some((u) => new URL(u).pathname === '/api/hall')).toBe(true)
    expect(await bytes.total()).toBeLessThan(pageBudget)
    await page.context().close()
  })

  it('pages the search page’s results twenty at a time', async () => {
    const page = await openPage(browser)
    await page.goto(`${server.url}/search?q=${encodeURIComponent('登记')}`)
    await expect.poll(() => page.locator('main .count').textContent(), { timeout: 30_000 }).toMatch(/找到 \d+ 个与“登记”有关的事项/)
    expect(await matterLinks(page)).toHaveLength(20)
    await page.getByRole('link', { name: '下一页' }).click()
    await expect.poll(() => page.getByRole('navigation', { name: '分页' }).textContent()).toMatch(/^第 2 页/)
    await page.context().close()
  })

  it('lists the situations in the studio', async () => {
    const page = await openPage(browser)
    await page.goto(`${server.url}/studio`)
    await page.locator('[data-testid="studio-scenes"] tr[data-scene="open-business"]').waitFor()
    expect(await page.locator('[data-testid="studio-scenes"] tbody tr').count()).toBe(4)
    await page.context().close()
  })
})
