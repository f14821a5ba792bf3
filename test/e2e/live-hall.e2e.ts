import { spawnSync } from 'node:child_process'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { encodeAnswers } from '../../client/journey/share-link.ts'
import { freePort } from '../support/free-port.ts'
import { startServer, type ServerProcess } from '../support/server-process.ts'
import { launchChromium, openPage } from './browser.ts'
import { companyAnswers } from './journey-helpers.ts'
import { openPrintingKiosk } from './kiosk-driver.ts'

/*
 * The live hall end to end (issue 18): a citizen books from the 一次告知单 on Monday; on Tuesday the
 * kiosk checks the booking in by its QR link, a phone follows the ticket, the staff desk calls it, and
 * the hall screen and the animated hall show the call; the server restarts and nothing is lost. The
 * days come from TEST_CLOCK_START (an end-to-end setting the server refuses in production); one port
 * and one DATA_DIR throughout, so open pages reconnect to the restarted server by themselves.
 */
/** Polls wait as a visitor would, through a busy machine's pauses. */
const soon = { timeout: 20_000, interval: 100 }
let port = 0
let dataDir = ''
let server: ServerProcess
let browser: Browser
const at = (clock: string) => startServer({ TEST_CLOCK_START: clock, PORT: String(port), ...(dataDir ? { DATA_DIR: dataDir } : {}) })
async function restartAt(clock: string): Promise<void> {
  await server.stop()
  server = await at(clock)
}

beforeAll(async () => {
  port = await freePort()
  ;[server, browser] = await Promise.all([at('2026-12-07T10:00:00+08:00'), launchChromium()])
  dataDir = server.dataDir
})
afterAll(async () => {
  await browser?.close()
  await server?.stop()
})

function staffToken(): string {
  const cli = spawnSync(process.execPath, ['--import', 'tsx', 'server/cli/staff-token.ts', '--name', '窗口 1 李明'], { env: { ...process.env, DATA_DIR: dataDir }, encoding: 'utf8' })
  const token = /st_[0-9a-f]{12}\.[A-Za-z0-9_-]{32}/.exec(cli.stdout)?.[0]
  if (!token) throw new Error(`the staff-token CLI printed no token:\n${cli.stdout}\n${cli.stderr}`)
  return token
}

/** Books the first matter of the company list for Tuesday 10:00 through the list's 预约 link, leaving an e-mail address; returns the QR code's check-in link. */
async function bookFromTheList(page: Page): Promise<{ code: string; link: string }> {
  await page.goto(`${server.url}/situations/open-business?a=${encodeAnswers(companyAnswers)}`)
  await page.getByRole('link', { name: '预约到厅办理' }).first().click()
  await page.getByLabel(/2026-12-08/).check()
  await page.getByLabel(/10:00–10:30/).check()
  await page.getByLabel('姓名').fill('王小明')
  await page.getByLabel('手机号码').fill('13812345678')
  await page.getByLabel('身份证号码后 4 位').fill('123X')
  // Optional, and the form says why it asks.
  await page.getByText('为什么问：填写后，我们会把预约确认和前一个工作日的提醒发到这个邮箱。不填也可以预约').waitFor()
  await page.getByLabel('电子邮箱（选填）').fill('wang.xiaoming@example.cn')
  await page.getByRole('button', { name: '确认预约' }).click()
  const code = (await page.getByTestId('booking-code').textContent())!.trim()
  expect(await page.getByTestId('booking-email').textContent()).toBe('预约确认已发送到 w***@example.cn，前一个工作日还会再提醒您。')
  const link = (await page.getByRole('img', { name: /预约码/ }).getAttribute('data-link')) ?? ''
  return { code, link }
}

describe('the live hall in Chromium', () => {
  it('books from a list, checks in at the kiosk by QR, follows the ticket on a phone, calls it at the desk, shows it on the display and in the hall, and loses nothing in a restart', async () => {
    const citizen = await openPage(browser)
    const booking = await bookFromTheList(citizen)
    expect(booking.link).toBe(`http://127.0.0.1:${port}/queue?code=${booking.code}`)

    // Tuesday, 10:05: the booking survived the restart.
    await restartAt('2026-12-08T10:05:00+08:00')
    const kiosk = await openPrintingKiosk(browser, server.url)
    await kiosk.getByTestId('kiosk-queue-start').tap()
    await kiosk.getByLabel('已预约？扫描或输入预约码签到').fill(booking.link)
    await kiosk.getByLabel('已预约？扫描或输入预约码签到').press('Enter')
    const slip = kiosk.getByTestId('ticket')
    await slip.waitFor()
    const number = (await kiosk.getByTestId('ticket-number').textContent())!.trim()
    const id = (await slip.getAttribute('data-ticket-id'))!
    expect(number).toBe('A001')
    expect(await kiosk.getByTestId('ticket-zone').textContent()).toContain('预约')

    const phone = await openPage(browser, { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true })
    await phone.goto(`${server.url}/queue/tickets/${id}`)
    await expect.poll(() => phone.getByTestId('ticket-now').textContent(), soon).toMatch(/前面还有 0 人/)

    const display = await openPage(browser, { viewport: { width: 1920, height: 1080 } })
    await display.goto(`${server.url}/display?zone=business-startup`)
    await display.getByTestId('display').waitFor()

    // The animated hall beside the list: its zone screen shows — until the call.
    await citizen.goto(`${server.url}/situations/open-business?a=${encodeAnswers(companyAnswers)}`)
    const hallScreen = citizen.locator('[data-testid=hall] [data-key="zone:business-startup"] .hw-call')
    await expect.poll(() => hallScreen.textContent().catch(() => ''), { timeout: 60_000 }).toBe('—')

    const desk = await openPage(browser)
    await desk.goto(`${server.url}/staff`)
    await desk.getByLabel('工作人员令牌').fill(staffToken())
    await desk.getByRole('button', { name: '登录' }).click()
    await desk.getByRole('button', { name: '叫号' }).click()
    await expect.poll(() => desk.getByLabel('区域').locator('option').count(), soon).toBeGreaterThan(1)
    await desk.getByLabel('区域').selectOption('business-startup')
    await desk.getByLabel('窗口').selectOption('1')
    await desk.getByRole('button', { name: '呼叫下一位' }).click()
    await expect.poll(() => desk.getByTestId('calling-current').textContent(), soon).toContain(number)

    await expect.poll(() => phone.getByTestId('ticket-now').textContent(), soon).toContain('请到 1 号窗口办理')
    await expect.poll(() => phone.title(), soon).toContain(`${number} 号 请到 1 号窗口`)
    const serving = display.getByTestId('serving')
    await expect.poll(() => serving.first().textContent().catch(() => ''), soon).toMatch(new RegExp(`${number}\\s*1\\s*王\\*`))
    await expect.poll(() => display.getByTestId('call').first().textContent().catch(() => ''), soon).toContain(`请 ${number} 号到 1 号窗口办理`)
    await expect.poll(() => hallScreen.textContent().catch(() => ''), { timeout: 30_000 }).toBe(number)

    // A restart: the ticket is still called to window 1, the phone's stream resumes, the screen reloads to the same call.
    await restartAt('2026-12-08T10:12:00+08:00')
    const after = (await (await fetch(`${server.url}/api/queue/tickets/${id}`)).json()) as { number: string; status: string; window: number }
    expect(after).toMatchObject({ number, status: 'called', window: 1 })
    await display.reload()
    await expect.poll(() => display.getByTestId('serving').first().textContent().catch(() => ''), soon).toContain(number)
    await phone.reload()
    await expect.poll(() => phone.getByTestId('ticket-now').textContent(), soon).toContain('请到 1 号窗口办理')
    const manage = (await (await fetch(`${server.url}/api/bookings/${booking.code}`)).json()) as { status: string; ticketId: string }
    expect(manage).toMatchObject({ status: 'checked-in', ticketId: id })

    for (const page of [citizen, kiosk, phone, display, desk]) await page.context().close()
  }, 300_000)
})
