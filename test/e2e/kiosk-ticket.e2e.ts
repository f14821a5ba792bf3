import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startServer, type ServerProcess } from '../support/server-process.ts'
import { launchChromium } from './browser.ts'
import { openPrintingKiosk, printed, settledAttract, tapThroughOpenBusiness } from './kiosk-driver.ts'

/*
 * 取号 at the kiosk on a working day: the server's clock is set by TEST_CLOCK_START (an end-to-end
 * setting the server refuses in production). A booking made on Monday for Tuesday 10:00 checks in on
 * Tuesday after a restart of the server on the same data.
 */
const monday = '2026-12-07T10:00:00+08:00'
const tuesday = '2026-12-08T10:05:00+08:00'
/** Polls wait as a visitor would, through a busy machine's pauses. */
const soon = { timeout: 20_000, interval: 100 }
let server: ServerProcess
let browser: Browser
let bookingCode = ''

beforeAll(async () => {
  const [first, launched] = await Promise.all([startServer({ TEST_CLOCK_START: monday }), launchChromium()])
  browser = launched
  const res = await fetch(`${first.url}/api/bookings`, {
    method: 'POST', headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ zone: 'business-startup', date: '2026-12-08', slot: '10:00', name: '王小明', mobile: '13812345678', idLast4: '123X' }),
  })
  if (res.status !== 201) throw new Error(`booking on Monday: ${res.status} ${await res.text()}`)
  bookingCode = ((await res.json()) as { code: string }).code
  await first.stop()
  server = await startServer({ TEST_CLOCK_START: tuesday, DATA_DIR: first.dataDir })
})
afterAll(async () => {
  await browser?.close()
  await server?.stop()
})

const kiosk = () => openPrintingKiosk(browser, server.url)

describe('取号 at the kiosk', () => {
  it('takes a walk-in ticket from the start screen and prints it on the 80 mm roll with its number, zone, people ahead, wait and QR code', async () => {
    const page = await kiosk()
    await page.getByTestId('kiosk-queue-start').tap()
    const zone = page.locator('[data-zone="business-startup"]')
    await zone.getByRole('button', { name: '取号' }).tap()
    const ticket = page.getByTestId('ticket')
    await expect.poll(() => page.getByTestId('ticket-number').textContent(), soon).toMatch(/^A\d{3}$/)
    expect(await page.getByTestId('ticket-zone').textContent()).toContain('企业开办')
    expect(await page.getByTestId('ticket-now').textContent()).toMatch(/前面还有 \d+ 人，约 \d+ 分钟/)
    await page.getByTestId('ticket-qr').locator('svg').waitFor()
    await expect.poll(() => printed(page), soon).toBe(1)

    const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: false })
    const box = /\/MediaBox\s*\[\s*0 0 ([\d.]+) ([\d.]+)\s*\]/.exec(pdf.toString('latin1'))
    expect(Number(box?.[1]) / 72 * 25.4).toBeCloseTo(80, 0)
    await page.emulateMedia({ media: 'print' })
    expect(await ticket.evaluate((el) => el.getBoundingClientRect().width * 25.4 / 96)).toBeCloseTo(74, 0)
    expect(await page.getByRole('button', { name: '完成' }).isVisible()).toBe(false)
    await page.emulateMedia({ media: 'screen' })

    await page.getByTestId('kiosk-queue-done').tap()
    await settledAttract(page)
    expect(await page.getByTestId('ticket').count()).toBe(0)
  })

  it('checks a booking in by its code and prints a booked ticket', async () => {
    const page = await kiosk()
    await page.getByTestId('kiosk-start').tap()
    await page.getByTestId('kiosk-queue-open').tap()
    await page.getByLabel('已预约？扫描或输入预约码签到').fill(bookingCode)
    await page.getByRole('button', { name: '签到取号' }).tap()
    await expect.poll(() => page.getByTestId('ticket-zone').textContent().catch(() => ''), soon).toContain('预约')
    expect(await page.getByTestId('ticket-number').textContent()).toMatch(/^A\d{3}$/)
    await expect.poll(() => printed(page), soon).toBe(1)
  })

  it('refuses an unknown booking code with a message beside the field, and no ticket', async () => {
    const page = await kiosk()
    await page.getByTestId('kiosk-queue-start').tap()
    await page.getByLabel('已预约？扫描或输入预约码签到').fill('ZZZZ-ZZZZ')
    await page.getByRole('button', { name: '签到取号' }).tap()
    await expect.poll(() => page.getByRole('alert').textContent().catch(() => ''), soon).toContain('No booking has this code')
    expect(await page.getByTestId('ticket').count()).toBe(0)
  })

  it('offers 取号 after a journey with the zone of the route\'s first window first', async () => {
    const page = await kiosk()
    await tapThroughOpenBusiness(page)
    const hall = (await (await fetch(`${server.url}/api/hall`)).json()) as { windows: { number: number; zone: string }[] }
    await page.getByTestId('kiosk-queue-after').tap()
    const first = page.locator('li[data-zone]').first()
    await first.waitFor()
    const zone = await first.getAttribute('data-zone')
    expect(hall.windows.some((w) => w.zone === zone)).toBe(true)
    expect(await first.getAttribute('class')).toContain('suggested')
    expect(await first.textContent()).toContain('您要办的事项从这里开始')
  })
})
