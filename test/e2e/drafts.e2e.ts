import type { Browser, Page, Request } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { encodeAnswers } from '../../client/journey/share-link.ts'
import { mod11_2CheckChar } from '../../core/forms/iso7064.ts'
import { validateIdCard } from '../../core/forms/validate-id-card.ts'
import { usccCheckChar, validateUscc } from '../../core/forms/validate-uscc.ts'
import { startDemoProvider, type DemoProvider } from '../../server/identity/demo-provider.ts'
import { freePort } from '../support/free-port.ts'
import { startServer, type ServerProcess } from '../support/server-process.ts'
import { launchChromium, openPage } from './browser.ts'
import { draftTokenOf } from './draft-page.ts'

// Its own server with sign-in: company establishment needs 实名 level 3 to submit online, so the citizen
// fills the form anonymously and signs in (a demo citizen of the in-process provider) to submit it.
let op: DemoProvider
let server: ServerProcess
let baseUrl = ''

// Real-format numbers whose check characters are computed, not copied: 杭州市上城区, born 1990-03-07.
const idCard = (first17: string) => first17 + mod11_2CheckChar(first17)
const legalRepId = idCard('33010219900307123')
const agentId = idCard('35010019851111002')
const companyUscc = (first17: string) => first17 + usccCheckChar(first17)
const shareholderUscc = companyUscc('91350100MA2Y4KQ12')

/** The journey answers the "open a business" situation passes to the form (prefill). */
const journeyAnswers = encodeAnswers({ 'business-form': 'company', 'has-employees': true, 'employee-count': 6, 'needs-seal': true })

let browser: Browser

beforeAll(async () => {
  expect(validateIdCard(legalRepId)).toBeNull()
  expect(validateIdCard(agentId)).toBeNull()
  expect(validateUscc(shareholderUscc)).toBeNull()
  const port = await freePort()
  baseUrl = `http://127.0.0.1:${port}`
  op = await startDemoProvider({ siteOrigin: baseUrl })
  server = await startServer({ PORT: String(port), PUBLIC_ORIGIN: baseUrl, OIDC_ISSUER: op.issuer, OIDC_CLIENT_ID: op.clientId, OIDC_CLIENT_SECRET: op.clientSecret })
  browser = await launchChromium()
})
afterAll(async () => {
  await browser?.close()
  await server?.stop()
  await op?.close()
})

const status = (page: Page) => page.locator('.save-status')

/** Waits until every change is stored: the status reads "已保存 hh:mm". */
async function saved(page: Page): Promise<void> {
  await page.locator('.save-status', { hasText: /^已保存 \d\d:\d\d$/ }).waitFor({ timeout: 15_000 })
}

async function next(page: Page, heading: string): Promise<void> {
  await page.getByRole('button', { name: '下一步' }).click()
  await page.getByRole('heading', { level: 2, name: heading }).waitFor()
}

const formTitle = '公司设立登记申请（有限责任公司）'

/** Starts a company form from the journey, as the result page's link does; returns the draft's token. */
async function openCompanyDraft(page: Page): Promise<string> {
  await page.goto(`${baseUrl}/forms/company-establishment?from=open-business&a=${journeyAnswers}`)
  const token = await draftTokenOf(page)
  await page.getByRole('heading', { level: 1, name: formTitle }).waitFor()
  return token
}

/** Fills the company section and the legal representative's name and ID, and waits until they are saved. */
async function fillCompanyAndLegalRep(page: Page): Promise<void> {
  await page.locator('#field-company-name').fill('江川市青禾餐饮管理有限公司')
  await page.locator('#field-registered-address').fill('江川市新城区市民大道 88 号 3 楼 301 室')
  await page.getByLabel('自有房产').check()
  await page.locator('#field-property-certificate-number').fill('江(2025)新城区不动产权第0001234号')
  await page.locator('#field-business-scope').fill('餐饮管理；食品销售（仅销售预包装食品）')
  await page.locator('#field-registered-capital').fill('50')
  await next(page, '法定代表人')
  await page.locator('#field-legal-rep-name').fill('张小明')
  await page.locator('#field-legal-rep-id-number').fill(legalRepId)
  await page.locator('#field-legal-rep-id-number').blur()
  await saved(page)
}

/** From the legal representative's section, fills the rest of the form and submits it; returns the application number. */
async function finishAndSubmit(first: Page): Promise<string> {
  await first.locator('#field-legal-rep-mobile').fill('13812345678')
  await first.locator('#field-legal-rep-position').selectOption('executive-director')
  await next(first, '股东（发起人）出资情况')
  await first.getByRole('button', { name: '添加股东' }).click()
  await first.locator('#field-shareholders-0-shareholder-type').check()
  await first.locator('#field-shareholders-0-shareholder-name').fill('张小明')
  await first.locator('#field-shareholders-0-shareholder-id-number').fill(legalRepId)
  await first.locator('#field-shareholders-0-contribution-amount').fill('30')
  await first.locator('#field-shareholders-0-contribution-method').selectOption('cash')
  await first.locator('#field-shareholders-0-contribution-deadline').fill('2030-06-30')
  await first.getByRole('button', { name: '再添加一位股东' }).click()
  await first.locator('#field-shareholders-1-shareholder-type-1').check()
  await first.locator('#field-shareholders-1-shareholder-name').fill('江川市青禾投资有限公司')
  await first.locator('#field-shareholders-1-shareholder-uscc').fill(shareholderUscc)
  await first.locator('#field-shareholders-1-contribution-amount').fill('20')
  await first.locator('#field-shareholders-1-contribution-method').selectOption('cash')
  await first.locator('#field-shareholders-1-contribution-deadline').fill('2030-06-30')
  await next(first, '联络员')
  await first.locator('#field-liaison-who').check()
  await next(first, '办理人')
  await first.locator('#field-applicant-is-legal-rep-1').check()
  await first.locator('#field-agent-name').fill('李红')
  await first.locator('#field-agent-id-number').fill(agentId)
  await first.locator('#field-agent-mobile').fill('0599-86012345')
  await next(first, '同时申请（企业开办一件事）')
  expect(await first.locator('#field-also-engrave-seals').isChecked()).toBe(true)
  await first.locator('#field-seal-types').check()
  await first.locator('#field-also-apply-invoices-1').check()
  await first.locator('#field-licence-delivery').check()
  await next(first, '核对并提交')
  expect(await first.getByText('江川市青禾投资有限公司').count()).toBeGreaterThan(0)
  // The page says which level submitting needs and what it takes, and signs in from here keeping everything.
  const level = first.locator('[data-required-level="3"]')
  expect(await level.textContent()).toContain('网上提交需以三级（实人核验）及以上等级登录')
  expect(await level.textContent()).toContain('人脸识别')
  await level.getByRole('link', { name: /登录/ }).click()
  await first.getByRole('heading', { name: /选择演示市民登录/ }).waitFor()
  await first.getByRole('button', { name: /以李敏（演示）身份登录/ }).click()
  // Back on the draft page, whose address names no draft: the token came back through this tab only.
  await first.waitForURL(/\/resume$/)
  await first.locator('header.site-header').getByText('已登录：李敏（演示）').waitFor()
  await first.getByRole('navigation', { name: '申请表各部分' }).getByRole('button', { name: '核对并提交' }).click()
  expect(await first.getByText('江川市青禾投资有限公司').count()).toBeGreaterThan(0)
  expect(await first.locator('[data-required-level]').count()).toBe(0)
  await first.getByRole('button', { name: '确认提交' }).click()
  await first.waitForURL(/\/applications\/JC-\d{4}-\d{6}-[\dX]\/receipt$/)
  return (await first.getByTestId('application-number').textContent())!.trim()
}

// Each case makes the draft or application it needs, so any one of them runs alone or in any order.
describe('online form drafts in Chromium', () => {
  it('prefills a new company form from the journey and keeps half of it through a reload', async () => {
    const first = await openPage(browser)
    await openCompanyDraft(first)
    expect(await first.locator('#field-company-type').inputValue()).toBe('company')
    expect(await first.locator('#field-employee-count').inputValue()).toBe('6')

    // Next with nothing filled: one summary lists the problems, and its links lead to the fields.
    await first.getByRole('button', { name: '下一步' }).click()
    const summary = first.getByRole('alert').filter({ hasText: '请先修改以下内容' })
    await summary.getByRole('link', { name: '请填写“企业名称”。' }).click()
    expect(await first.evaluate(() => document.activeElement?.id)).toBe('field-company-name')

    await fillCompanyAndLegalRep(first)

    await first.reload()
    await first.getByRole('heading', { level: 2, name: '法定代表人' }).waitFor()
    expect(first.url()).toBe(`${baseUrl}/resume`)
    expect(await first.locator('#field-legal-rep-name').inputValue()).toBe('张小明')
    expect(await first.locator('#field-legal-rep-id-number').inputValue()).toBe(legalRepId)
    expect(await first.evaluate(() => JSON.stringify(localStorage) + JSON.stringify(sessionStorage))).not.toContain('张小明')
    await first.context().close()
  })

  it('keeps a draft link\'s token out of the address and out of every URL and Referer the page sends, and a reload resumes the same draft', async () => {
    const first = await openPage(browser)
    const token = await openCompanyDraft(first)
    await first.locator('#field-company-name').fill('江川市青禾餐饮管理有限公司')
    await first.locator('#field-company-name').blur()
    await saved(first)
    await first.context().close()

    // The link as the QR code and 我的办件 give it, then one of the old form from an e-mail sent before.
    for (const link of [`/resume#${token}`, `/resume/${token}`]) {
      const phone = await openPage(browser)
      const sent: Request[] = []
      phone.on('request', (req) => sent.push(req))
      await phone.goto(`${baseUrl}${link}`)
      await phone.getByRole('heading', { level: 1, name: formTitle }).waitFor()
      expect(await phone.locator('#field-company-name').inputValue(), link).toBe('江川市青禾餐饮管理有限公司')
      expect(phone.url(), link).toBe(`${baseUrl}/resume`)

      await phone.reload()
      await phone.getByRole('heading', { level: 1, name: formTitle }).waitFor()
      expect(await phone.locator('#field-company-name').inputValue(), link).toBe('江川市青禾餐饮管理有限公司')
      expect(phone.url(), link).toBe(`${baseUrl}/resume`)
      expect(await draftTokenOf(phone)).toBe(token)

      // Only the old link's own request names it (it was typed that way); nothing the page sends does.
      const oldLinkItself = (req: Request) => req.isNavigationRequest() && req.url() === `${baseUrl}/resume/${token}`
      const leaks: string[] = []
      const carriers = new Set<string>()
      for (const req of sent.filter((r) => !oldLinkItself(r))) {
        const headers = await req.allHeaders()
        if (req.url().includes(token) || (headers.referer ?? '').includes(token)) leaks.push(`${req.method()} ${req.url()} (Referer: ${headers.referer})`)
        if (headers['draft-token'] === token) carriers.add(`${req.method()} ${new URL(req.url()).pathname}`)
      }
      expect(leaks, link).toEqual([])
      expect(sent.filter(oldLinkItself).length, link).toBe(link.includes('#') ? 0 : 1)
      // The token travels only where the draft API reads it: the Draft-Token header.
      expect([...carriers], link).toEqual(['GET /api/draft'])
      await phone.context().close()
    }
  })

  it('resumes by code in a fresh browser, and a stale tab gets the conflict view instead of overwriting', async () => {
    const first = await openPage(browser)
    const token = await openCompanyDraft(first)
    await fillCompanyAndLegalRep(first)
    await first.getByRole('button', { name: '保存，稍后继续' }).first().click()
    const resumeCode = (await first.getByTestId('resume-code').textContent())!.trim()
    expect(resumeCode).toMatch(/^[2-9A-HJKMNP-Z]{4}-[2-9A-HJKMNP-Z]{4}$/)
    expect(await first.getByText(/草稿保留到 \d{4}-\d{2}-\d{2}/).count()).toBe(1)
    const qr = first.getByRole('img', { name: '在手机上继续填写的二维码' })
    // The QR image is drawn after the code appears: wait for it to decode rather than read it at once.
    await qr.waitFor()
    await first.waitForFunction((img) => img instanceof HTMLImageElement && img.complete && img.naturalWidth > 0, await qr.elementHandle())
    await first.getByRole('button', { name: '继续填写' }).click()

    const second = await openPage(browser)
    await second.goto(`${baseUrl}/resume`)
    await second.getByLabel('恢复码').fill(resumeCode.toLowerCase())
    await second.getByRole('button', { name: '继续填写' }).click()
    expect(await draftTokenOf(second)).toBe(token)
    await second.getByRole('heading', { level: 2, name: '法定代表人' }).waitFor()
    expect(await second.locator('#field-legal-rep-name').inputValue()).toBe('张小明')

    await second.context().close()

    // A second tab of the first browser changes the name; the first tab, on the older revision, the phone.
    const tab = await first.context().newPage()
    await tab.goto(`${baseUrl}/resume#${token}`)
    await tab.locator('#field-legal-rep-name').fill('张晓明')
    await tab.locator('#field-legal-rep-name').blur()
    await saved(tab)
    await first.locator('#field-legal-rep-mobile').fill('13812345678')
    await first.locator('#field-legal-rep-mobile').blur()
    const conflict = first.getByRole('heading', { name: '这份申请在另一台设备或另一个页面中被修改过' })
    await conflict.waitFor()
    expect(await status(first).textContent()).toContain('未保存')
    const nameRow = first.getByRole('row').filter({ hasText: '姓名' })
    expect(await nameRow.locator('td').allTextContents()).toEqual(['张小明', '张晓明'])

    // Keep mine: saved over the newer revision, so the first tab's version wins, by choice.
    await first.getByRole('button', { name: '保留本页的内容' }).click()
    await saved(first)
    expect(await first.locator('#field-legal-rep-mobile').inputValue()).toBe('13812345678')
    expect(await first.locator('#field-legal-rep-name').inputValue()).toBe('张小明')
    await first.context().close()
  })

  it('leaves an e-mail address for a warning before the draft expires, sees where it goes after a reload, and removes it', async () => {
    const page = await openPage(browser)
    await openCompanyDraft(page)
    await page.getByRole('button', { name: '保存，稍后继续' }).first().click()
    await page.getByRole('heading', { name: '到期前提醒我（选填）' }).waitFor()
    // Why it asks, and that it is optional, before the box.
    await page.getByText('留下电子邮箱，我们会在到期前 7 天给您发一封邮件，附上继续填写的链接。不留也可以').waitFor()
    await page.getByLabel('电子邮箱').fill('wang@')
    await page.getByRole('button', { name: '到期前提醒我' }).click()
    await page.getByText('请填写有效的电子邮箱，例如 wang@example.cn。').waitFor()
    expect(await page.getByLabel('电子邮箱').getAttribute('aria-invalid')).toBe('true')
    await page.getByLabel('电子邮箱').fill('wang.xiaoming@example.cn')
    await page.getByRole('button', { name: '到期前提醒我' }).click()
    expect(await page.getByTestId('reminder-set').textContent()).toBe('我们会在草稿到期前 7 天发邮件到 w***@example.cn。')

    // The address is the draft's, kept by the server (masked), not by this page.
    await page.reload()
    await page.getByRole('button', { name: '保存，稍后继续' }).first().click()
    expect(await page.getByTestId('reminder-set').textContent()).toContain('w***@example.cn')
    expect(await page.evaluate(() => JSON.stringify(localStorage) + JSON.stringify(sessionStorage))).not.toContain('wang.xiaoming')
    await page.getByRole('button', { name: '不用提醒，删除邮箱' }).click()
    await page.getByText('已删除邮箱，不会再发送提醒。').waitFor()
    await page.context().close()
  })

  it('submits the finished application once and shows a printable receipt', async () => {
    const first = await openPage(browser)
    const token = await openCompanyDraft(first)
    await fillCompanyAndLegalRep(first)
    const applicationNumber = await finishAndSubmit(first)
    await first.getByRole('heading', { level: 1, name: '申请已提交' }).waitFor()
    await first.getByText('企业设立登记').first().waitFor()
    expect(await first.getByText('已提交').count()).toBeGreaterThan(0)

    // An old draft link opened afresh (history on a shared computer, here of the old form with the token
    // in the path) says it was submitted; it submits nothing and shows no receipt.
    const submits: string[] = []
    first.on('request', (req) => req.method() === 'POST' && req.url().includes('/submit') && submits.push(req.url()))
    await first.goto(`${baseUrl}/resume/${token}`)
    await first.getByTestId('draft-submitted').waitFor()
    expect(await first.locator('main').innerText()).not.toContain(applicationNumber)
    expect(submits).toEqual([])
    await first.context().close()
  })

  it('looks up the progress by application number and the last 4 characters of the ID number', async () => {
    const applicant = await openPage(browser)
    await openCompanyDraft(applicant)
    await fillCompanyAndLegalRep(applicant)
    const applicationNumber = await finishAndSubmit(applicant)
    await applicant.context().close()
    const page = await openPage(browser)
    await page.goto(`${baseUrl}/applications/lookup?number=${applicationNumber}`)
    expect(await page.getByLabel('办件编号').inputValue()).toBe(applicationNumber)
    await page.getByLabel('身份证号后 4 位').fill('0000')
    await page.getByRole('button', { name: '查询' }).click()
    await page.getByText('没有找到与这个编号和身份证号相符的办件，请核对后重试。').waitFor()
    await page.getByLabel('身份证号后 4 位').fill(legalRepId.slice(-4))
    await page.getByRole('button', { name: '查询' }).click()
    await page.getByRole('heading', { name: `办件 ${applicationNumber} 的进度` }).waitFor()
    expect(await page.locator('.history li .label').allTextContents()).toEqual(['已提交'])
    expect(await page.getByText(`${legalRepId.slice(0, 4)}**********${legalRepId.slice(-4)}`).count()).toBe(1)
    await page.context().close()
  })
})
