import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { encodeAnswers } from '../../client/journey/share-link.ts'
import { loadCatalogue } from '../../core/content/load.ts'
import { formatProblemIn } from '../../core/content/problem.ts'
import { readSourceFiles } from '../../server/content/read-source-files.ts'
import { launchChromium, openPage } from './browser.ts'
import { startDevServer, stopDevServer, type DevServer } from './dev-server.ts'

// `npm run dev` against a copy of content/ and scenes/: the real files are never edited here.
const root = mkdtempSync(join(tmpdir(), 'lobby-studio-'))
const sceneFile = join(root, 'scenes/open-restaurant.json')
const original = () => readFileSync('scenes/open-restaurant.json', 'utf8')
const question = { zh: '您已经领取营业执照了吗？', edited: '您是否已经领到营业执照？', fixed: '请问您已经领取营业执照了吗？' }

let server: DevServer
let browser: Browser

/** Rewrites the scene file the way an editor's save does. */
function save(text: string) {
  writeFileSync(sceneFile, text)
}

const heading = (page: Page) => page.locator('#step-heading')

beforeAll(async () => {
  cpSync('content', join(root, 'content'), { recursive: true })
  cpSync('scenes', join(root, 'scenes'), { recursive: true })
  server = await startDevServer(root)
  browser = await launchChromium()
  // Vite optimizes the client's dependencies on the first visit and may reload the page once; visit first
  // so the test's own page is never reloaded by that.
  const warm = await openPage(browser)
  await warm.goto(`${server.url}/situations/open-restaurant?a=${encodeAnswers({ 'business-form': 'company' })}`, { waitUntil: 'domcontentloaded', timeout: 150_000 })
  await heading(warm).filter({ hasText: question.zh }).waitFor({ timeout: 150_000 })
  // Settled: no request for half a second (a reload for optimized dependencies would start some), and the question is shown.
  await warm.waitForLoadState('networkidle', { timeout: 150_000 })
  await heading(warm).filter({ hasText: question.zh }).waitFor({ timeout: 150_000 })
  await warm.context().close()
}, 360_000)

afterAll(async () => {
  await browser?.close()
  await stopDevServer(server)
  rmSync(root, { recursive: true, force: true })
})

describe('npm run dev: live preview', () => {
  it('updates the open journey on save, shows located problems for broken content, and continues once fixed', async () => {
    const page = await openPage(browser)
    await page.goto(`${server.url}/situations/open-restaurant?a=${encodeAnswers({ 'business-form': 'company' })}`, { waitUntil: 'domcontentloaded', timeout: 120_000 })
    await expect.poll(() => heading(page).textContent(), { timeout: 60_000 }).toBe(question.zh)
    // Survives only if the page is never reloaded.
    await page.evaluate(() => ((window as unknown as { notReloaded: boolean }).notReloaded = true))

    save(original().replace(question.zh, question.edited))
    await expect.poll(() => heading(page).textContent(), { timeout: 30_000 }).toBe(question.edited)

    const broken = original().replace('"id": "business-form"', '"id": "business-form",,')
    save(broken)
    const expected = loadCatalogue(await readSourceFiles(root)).problems
    expect(expected.length).toBeGreaterThan(0)
    const overlay = page.getByTestId('content-problems')
    await expect.poll(() => overlay.isVisible(), { timeout: 30_000 }).toBe(true)
    const items = await overlay.locator('li').allTextContents()
    // The interface is Chinese: each message in Chinese, with the English under it.
    expect(items.map((text) => text.replace(/\s+/g, ' ').trim())).toEqual(expected.map((p) => formatProblemIn(p, 'zh').replace(/\s+/g, ' ')))
    // Its heading is readable on the dark panel (it once took the page's dark ink).
    const colours = await overlay.evaluate((el) => [getComputedStyle(el.querySelector('h2')!).color, getComputedStyle(el).backgroundColor])
    expect(colours[0]).toBe('rgb(255, 255, 255)')
    expect(colours[1]).toBe('rgb(27, 31, 36)')
    expect(items[0]).toMatch(/^scenes\/open-restaurant\.json:\d+:\d+/)
    // The last good version keeps running underneath.
    expect(await heading(page).textContent()).toBe(question.edited)

    save(original().replace(question.zh, question.fixed))
    await expect.poll(() => heading(page).textContent(), { timeout: 30_000 }).toBe(question.fixed)
    expect(await overlay.count()).toBe(0)
    expect(new URL(page.url()).searchParams.get('a')).toBe(encodeAnswers({ 'business-form': 'company' }))

    // The journey goes on from where it was, with its earlier answer.
    // A yes-no question answers in one tap (issue 14).
    await page.locator('form.question button[name="choice"][value="yes"]').click()
    await expect.poll(() => heading(page).textContent(), { timeout: 15_000 }).toBe('餐馆的经营面积有多大？')
    expect(await page.evaluate(() => (window as unknown as { notReloaded?: boolean }).notReloaded)).toBe(true)
  }, 300_000)

  it('serves the drafts, kiosk and staff routes of the product server, and a draft outlives a content reload', async () => {
    const created = await fetch(`${server.url}/api/drafts`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ formId: 'company-establishment' }) })
    expect(created.status).toBe(201)
    const { token } = (await created.json()) as { token: string }
    expect((await fetch(`${server.url}/api/kiosk/config`)).status).toBe(200)
    expect((await fetch(`${server.url}/api/staff/queue`)).status).toBe(401)

    const version = async () => ((await (await fetch(`${server.url}/healthz`)).json()) as { content: { version: string } }).content.version
    const before = await version()
    save(original().replace(question.zh, '营业执照领到了吗？'))
    await expect.poll(version, { timeout: 30_000 }).not.toBe(before)
    const resumed = await fetch(`${server.url}/api/drafts/${token}`)
    expect(resumed.status).toBe(200)
    expect(((await resumed.json()) as { formId: string }).formId).toBe('company-establishment')
  }, 120_000)

  it('lists the situations in the studio and draws the map of one', async () => {
    const page = await openPage(browser)
    await page.goto(`${server.url}/studio`, { waitUntil: 'domcontentloaded', timeout: 120_000 })
    const rows = page.getByTestId('studio-scenes').locator('tbody tr')
    await expect.poll(() => rows.count(), { timeout: 60_000 }).toBe(4)
    await page.getByRole('link', { name: '开餐馆' }).click()
    const map = page.getByTestId('script-map')
    await expect.poll(() => map.locator('g.node').count(), { timeout: 60_000 }).toBeGreaterThan(5)

    await page.locator('#sim-business-form').selectOption('company')
    await expect.poll(() => map.locator('g.node[data-step="business-form"]').getAttribute('data-lit')).toBe('true')
    await expect.poll(() => map.locator('g.node[data-step="has-business-licence"]').getAttribute('data-lit')).toBe('true')

    // Text on the map is drawn at its own size, never scaled down to fit (a wide map scrolls instead).
    const scale = await map.evaluate((svg) => (svg as SVGSVGElement).getBoundingClientRect().width / (svg as SVGSVGElement).viewBox.baseVal.width)
    expect(scale).toBeGreaterThanOrEqual(0.99)

    // "从此步预览" on a scene after the last question opens the journey at that step with the simulated
    // answers: with questions still unanswered, the next of them, never the finished list.
    await map.locator('g.node[data-step="all-set"] a').click()
    await expect.poll(() => new URL(page.url()).searchParams.get('at'), { timeout: 60_000 }).toBe('all-set')
    await expect.poll(() => page.locator('.journey-screen').getAttribute('data-step'), { timeout: 60_000 }).toBeTruthy()
    expect(await heading(page).textContent()).not.toBe('您开餐馆需要办理的事项')
  }, 240_000)
})
