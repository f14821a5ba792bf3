import { spawnSync } from 'node:child_process'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { encodeAnswers } from '../../client/journey/share-link.ts'
import { startServer, type ServerProcess } from '../support/server-process.ts'
import { launchChromium, openPage } from './browser.ts'

// Its own server, so the staff token CLI can write to the same DATA_DIR.
let server: ServerProcess
let browser: Browser
let staffToken = ''

const restaurant = encodeAnswers({
  'business-form': 'company', 'has-business-licence': false, 'floor-area': 80, 'outdoor-sign': true,
  'kitchen-sewage': true, 'sells-tobacco': true, 'sells-online': false, applicant: 'self',
})

beforeAll(async () => {
  server = await startServer()
  const cli = spawnSync(process.execPath, ['--import', 'tsx', 'server/cli/staff-token.ts', '--name', '窗口 5 李明'], {
    env: { ...process.env, DATA_DIR: server.dataDir }, encoding: 'utf8',
  })
  staffToken = /st_[0-9a-f]{12}\.[A-Za-z0-9_-]{32}/.exec(cli.stdout)?.[0] ?? ''
  if (!staffToken) throw new Error(`the staff-token CLI printed no token:\n${cli.stdout}\n${cli.stderr}`)
  browser = await launchChromium()
})
afterAll(async () => {
  await browser?.close()
  await server?.stop()
})

async function receiptOf(page: Page): Promise<{ number: string; password: string }> {
  const number = (await page.getByTestId('ticket-number').textContent())!.trim()
  const password = (await page.getByTestId('ticket-password').textContent())!.trim()
  return { number, password }
}

/** Signs in at /staff, opens the case from the queue and answers it. */
async function staffAnswers(number: string, answer: string): Promise<void> {
  const page = await openPage(browser)
  await page.goto(`${server.url}/staff`)
  await page.getByLabel('工作人员令牌').fill(staffToken)
  await page.getByRole('button', { name: '登录' }).click()
  await page.getByText('当前登录：窗口 5 李明').waitFor()
  await page.getByRole('button', { name: number }).click()
  await page.getByLabel('答复内容').fill(answer)
  await page.getByRole('button', { name: '提交答复' }).click()
  await page.getByText(answer).waitFor()
  await page.context().close()
}

async function lookUp(page: Page, number: string, password: string): Promise<void> {
  await page.goto(`${server.url}/tickets/lookup?number=${encodeURIComponent(number)}`)
  await page.getByLabel('查询密码').fill(password)
  await page.getByRole('button', { name: '查询', exact: true }).click()
  await page.getByTestId('ticket-status').waitFor()
}

describe('好差评 and tickets in Chromium', () => {
  it('rates a journey result badly, staff answer the follow-up, and the citizen sees and rates the answer', async () => {
    let page = await openPage(browser)
    await page.goto(`${server.url}/situations/open-restaurant?a=${restaurant}`)
    const rating = page.locator('section', { has: page.getByRole('heading', { name: '评价本次服务（好差评）' }) })
    await rating.waitFor({ timeout: 30_000 })
    await rating.getByRole('group', { name: '整体满意度' }).getByLabel('非常不满意', { exact: true }).check()
    await rating.getByLabel('意见或建议（选填，500 字以内）').fill('材料清单和窗口说的不一样')
    await rating.getByRole('button', { name: '提交评价' }).click()
    await page.getByText('感谢您的评价！').waitFor()
    const followUp = await receiptOf(page)
    expect(followUp.number).toMatch(/^HF-\d{4}-[2-9A-HJKMNP-Z]{8}$/)

    await page.context().close()

    await staffAnswers(followUp.number, '已核对并更新食品经营许可的材料清单，谢谢您的反馈。')

    // Later, on another visit: the follow-up number and password lead to the answer.
    page = await openPage(browser)
    await lookUp(page, followUp.number, followUp.password)
    expect(await page.getByTestId('ticket-status').textContent()).toBe('已答复')
    expect(await page.getByTestId('ticket-answer').textContent()).toBe('已核对并更新食品经营许可的材料清单，谢谢您的反馈。')
    await page.getByRole('group', { name: '您对这个答复是否满意？' }).getByLabel('满意', { exact: true }).check()
    await page.getByRole('button', { name: '提交评价' }).click()
    await page.getByText('您对答复的评价：满意').waitFor()
    await page.context().close()
  })

  it('files a complaint, looks it up while open, and reads the answer after staff reply', async () => {
    const page = await openPage(browser)
    await page.goto(`${server.url}/tickets/new?kind=complaint&matter=food-business-licence`)
    expect(await page.getByLabel('投诉').isChecked()).toBe(true)
    await page.getByLabel('内容', { exact: true }).fill('窗口要求我提交办事指南里没有列出的材料，跑了两次。')
    await page.getByRole('button', { name: '提交', exact: true }).click()
    await page.getByText('您的投诉已提交。').waitFor()
    const complaint = await receiptOf(page)
    expect(complaint.number).toMatch(/^TS-/)

    await page.getByRole('link', { name: '查询办理进度' }).click()
    await page.getByLabel('查询密码').fill('WRONGPW2')
    await page.getByRole('button', { name: '查询', exact: true }).click()
    await page.getByRole('alert').filter({ hasText: '编号或查询密码不正确' }).waitFor()
    await lookUp(page, complaint.number, complaint.password)
    expect(await page.getByTestId('ticket-status').textContent()).toBe('办理中')

    await staffAnswers(complaint.number, '经核实，窗口已按办事指南受理，并对工作人员进行了提醒。')
    await lookUp(page, complaint.number, complaint.password)
    expect(await page.getByTestId('ticket-status').textContent()).toBe('已答复')
    expect(await page.getByTestId('ticket-answer').textContent()).toBe('经核实，窗口已按办事指南受理，并对工作人员进行了提醒。')
    await page.context().close()
  })
})
