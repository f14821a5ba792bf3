import { spawnSync } from 'node:child_process'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { submitFoodLicenceIn } from '../support/food-licence-data.ts'
import { startServer, type ServerProcess } from '../support/server-process.ts'
import { launchChromium, openPage } from './browser.ts'

// Its own server, so the staff token CLI can write to the same DATA_DIR.
let server: ServerProcess
let browser: Browser
let staffToken = ''
const applicantId = '11010519491231002X'

const foodLicence = {
  'operator-name': '江川市新城区好味道餐饮店', uscc: '91350100M000100Y43', 'subject-type': 'company', 'legal-representative': '张小明',
  'legal-representative-id': applicantId, 'contact-phone': '13812345678', 'premises-address': '江川市新城区市民大道 88 号 1 楼', 'floor-area': 12,
  'has-warehouse': 'false', 'business-format': 'catering', 'catering-items': ['hot-food'], 'online-sales': 'false',
  'food-safety-managers': [{ name: '李红', 'id-number': '330102199003071230', phone: '13912345678', employment: 'full-time' }], declaration: ['agreed'],
}

beforeAll(async () => {
  server = await startServer({ LOOKUP_RATE_PER_MINUTE: '1000' })
  const cli = spawnSync(process.execPath, ['--import', 'tsx', 'server/cli/staff-token.ts', '--name', '窗口 12 王芳'], { env: { ...process.env, DATA_DIR: server.dataDir }, encoding: 'utf8' })
  staffToken = /st_[0-9a-f]{12}\.[A-Za-z0-9_-]{32}/.exec(cli.stdout)?.[0] ?? ''
  if (!staffToken) throw new Error(`the staff-token CLI printed no token:\n${cli.stdout}\n${cli.stderr}`)
  browser = await launchChromium()
})
afterAll(async () => {
  await browser?.close()
  await server?.stop()
})

/** Submits the food licence form from the page, through the same API its submit button uses. */
async function submitFromPage(page: Page): Promise<string> {
  await page.goto(`${server.url}/`)
  return submitFoodLicenceIn(page, foodLicence)
}

/** Opens the application from the staff queue; the first time signs in, later the tab keeps the token. */
async function staffOpens(page: Page, number: string, signIn: boolean): Promise<void> {
  await page.goto(`${server.url}/staff`)
  if (signIn) {
    await page.getByLabel('工作人员令牌').fill(staffToken)
    await page.getByRole('button', { name: '登录' }).click()
  }
  await page.getByText('当前登录：窗口 12 王芳').waitFor()
  await page.getByRole('button', { name: number }).click()
  await page.locator(`[data-application="${number}"]`).waitFor()
}

describe('pre-review and corrections in Chromium', () => {
  it('staff ask for two corrections at once; the citizen sees one notice with both, corrects only those and resubmits; staff see the changes and accept', async () => {
    const citizen = await openPage(browser)
    const number = await submitFromPage(citizen)
    const staff = await openPage(browser, { viewport: { width: 1280, height: 800 } })
    await staffOpens(staff, number, true)
    const panel = staff.locator(`[data-application="${number}"]`)
    // The opened application is above the queues, in view.
    expect(await panel.evaluate((el) => el.getBoundingClientRect().top < window.innerHeight)).toBe(true)
    expect(await panel.locator('[data-field="legal-representative"] dd').first().textContent()).toBe('张小明')

    await panel.locator('[data-tick="field:floor-area"]').check()
    await panel.locator('[data-reason="field:floor-area"]').fill('经营面积与租赁合同（86 平方米）不一致')
    await panel.locator('[data-tick="material:premises-layout"]').check()
    await panel.locator('[data-reason="material:premises-layout"]').fill('平面图未标注操作间和仓库面积')
    await panel.getByRole('button', { name: '一次性告知补正（2 项）' }).click()
    await panel.waitFor({ state: 'detached' })

    // The citizen looks up progress: one notice, both items, the clock stopped.
    await citizen.goto(`${server.url}/applications/lookup?number=${number}`)
    await citizen.getByLabel('身份证号后 4 位').fill('002X')
    await citizen.getByRole('button', { name: '查询', exact: true }).click()
    await citizen.getByRole('heading', { name: '补正告知书：共 2 项需补正' }).waitFor()
    expect(await citizen.locator('.notice [data-item]').evaluateAll((els) => els.map((e) => e.getAttribute('data-item')))).toEqual(['field:floor-area', 'material:premises-layout'])
    expect(await citizen.locator('.promised').textContent()).toMatch(/补正期间暂停计时/)
    expect(await citizen.locator('.matter').textContent()).toBe('食品经营许可（新办）')
    expect(citizen.url()).not.toContain('002X')

    await citizen.getByRole('button', { name: '开始补正' }).click()
    await citizen.getByLabel('申请人完整身份证号').fill(applicantId)
    await citizen.getByRole('button', { name: '打开补正表' }).click()
    await citizen.locator('[data-correct="floor-area"]').waitFor()
    // Only the named field is editable; the rest is read-only text.
    expect(await citizen.locator('.correction input, .correction select').count()).toBe(1)
    expect(await citizen.locator('[data-read-only="operator-name"] .value').textContent()).toBe('江川市新城区好味道餐饮店')
    await citizen.locator('#field-floor-area').fill('86')
    await citizen.getByLabel('经营场所和设备布局、操作流程文件（含平面图）').fill('已重新扫描上传标注操作间 12 平方米、仓库 6 平方米的平面图')
    await citizen.getByRole('button', { name: '重新提交' }).click()
    await citizen.getByText('补正已重新提交，工作人员将重新预审。').waitFor()
    await expect.poll(() => citizen.locator('.status').textContent(), { timeout: 15_000 }).toBe('预审中')

    await staffOpens(staff, number, false)
    const again = staff.locator(`[data-application="${number}"]`)
    expect(await again.getByRole('status').textContent()).toContain('申请人本次补正修改了 2 项')
    expect(await again.locator('[data-field="floor-area"].changed dd').first().textContent()).toBe('86')
    expect(await again.locator('[data-material="premises-layout"].changed').textContent()).toContain('已重新扫描上传')
    expect(await again.locator('.changed').count()).toBe(2)
    await again.getByRole('button', { name: '受理', exact: true }).click()
    await again.waitFor({ state: 'detached' })

    await citizen.getByRole('button', { name: '查询', exact: true }).click()
    await citizen.locator('.status', { hasText: '已受理' }).waitFor()
    await citizen.context().close()
    await staff.context().close()
  })
})
