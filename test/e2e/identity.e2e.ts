import { spawnSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import type { Browser, Page, Request } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { encodeAnswers } from '../../client/journey/share-link.ts'
import { startDemoProvider, type DemoProvider } from '../../server/identity/demo-provider.ts'
import { shippedFoodLicenceData, submitFoodLicenceIn } from '../support/food-licence-data.ts'
import { freePort } from '../support/free-port.ts'
import { startServer, type ServerProcess } from '../support/server-process.ts'
import { launchChromium, openPage } from './browser.ts'
import { draftTokenOf } from './draft-page.ts'

// The product with sign-in on, against a real OpenID provider (oidc-provider) with its demo citizens.
let op: DemoProvider
let server: ServerProcess
let browser: Browser
let baseUrl = ''
let staffToken = ''

beforeAll(async () => {
  const port = await freePort()
  baseUrl = `http://127.0.0.1:${port}`
  op = await startDemoProvider({ siteOrigin: baseUrl })
  server = await startServer({ PORT: String(port), PUBLIC_ORIGIN: baseUrl, OIDC_ISSUER: op.issuer, OIDC_CLIENT_ID: op.clientId, OIDC_CLIENT_SECRET: op.clientSecret })
  const cli = spawnSync(process.execPath, ['--import', 'tsx', 'server/cli/staff-token.ts', '--name', '窗口 7 陈静'], { env: { ...process.env, DATA_DIR: server.dataDir }, encoding: 'utf8' })
  staffToken = /st_[0-9a-f]{12}\.[A-Za-z0-9_-]{32}/.exec(cli.stdout)?.[0] ?? ''
  if (!staffToken) throw new Error(`the staff-token CLI printed no token:\n${cli.stdout}\n${cli.stderr}`)
  browser = await launchChromium()
})
afterAll(async () => {
  await browser?.close()
  await server?.stop()
  await op?.close()
})

const header = (page: Page) => page.locator('header.site-header')

/** Signs in from the current page as a demo citizen, and waits to be back on `returnPath`. */
async function signIn(page: Page, citizen: string, returnPath: string): Promise<void> {
  await header(page).getByRole('link', { name: '登录' }).click()
  await page.getByRole('heading', { name: /选择演示市民登录/ }).waitFor()
  await page.getByRole('button', { name: new RegExp(`以${citizen}身份登录`) }).click()
  await page.waitForURL(`${baseUrl}${returnPath}`)
  await header(page).getByText(`已登录：${citizen}`).waitFor()
}

describe('signing in without losing anything typed', () => {
  let token = ''
  let resumeCode = ''

  it('keeps half a form filled anonymously through signing in, and the draft becomes the citizen\'s', async () => {
    const page = await openPage(browser)
    await page.goto(`${baseUrl}/forms/company-establishment`)
    token = await draftTokenOf(page)
    await page.locator('#field-company-name').fill('江川市青禾餐饮管理有限公司')
    await page.locator('#field-registered-address').fill('江川市新城区市民大道 88 号 3 楼 301 室')
    // The last field is still being typed in (no pause, no blur) when the citizen chooses to sign in.
    await page.locator('#field-business-scope').fill('餐饮管理；食品销售（仅销售预包装食品）')
    // Back at the draft's page, whose address names no draft: neither this server's sign-in nor the
    // identity service sees the token in a URL or a Referer.
    const sent: Request[] = []
    page.on('request', (req) => sent.push(req))
    await signIn(page, '李敏（演示）', '/resume')
    expect(await draftTokenOf(page)).toBe(token)
    const leaks: string[] = []
    for (const req of sent) if (`${req.url()} ${(await req.allHeaders()).referer ?? ''}`.includes(token)) leaks.push(req.url())
    expect(leaks).toEqual([])

    await header(page).getByText('三级（实人核验）').waitFor()
    expect(await page.locator('#field-company-name').inputValue()).toBe('江川市青禾餐饮管理有限公司')
    expect(await page.locator('#field-registered-address').inputValue()).toBe('江川市新城区市民大道 88 号 3 楼 301 室')
    expect(await page.locator('#field-business-scope').inputValue()).toBe('餐饮管理；食品销售（仅销售预包装食品）')
    const cookies = await page.context().cookies(baseUrl)
    expect(cookies.find((c) => c.name === 'lobby_session')).toMatchObject({ httpOnly: true, secure: true, sameSite: 'Lax' })
    await page.getByRole('button', { name: '保存，稍后继续' }).first().click()
    resumeCode = (await page.getByTestId('resume-code').textContent())!.trim()
    await page.context().close()
  })

  it('shows the draft in 我的办件 on another device once the citizen signs in there', async () => {
    const phone = await openPage(browser)
    await phone.goto(`${baseUrl}/me`)
    await phone.getByText('登录后可以查看您的办件和草稿').waitFor()
    await signIn(phone, '李敏（演示）', '/me')
    const draft = phone.locator('.card.draft').filter({ hasText: '公司设立登记' })
    await draft.waitFor()
    expect(await draft.textContent()).toContain(resumeCode)
    await draft.getByRole('link', { name: '继续填写' }).click()
    expect(await draftTokenOf(phone)).toBe(token)
    expect(await phone.locator('#field-business-scope').inputValue()).toBe('餐饮管理；食品销售（仅销售预包装食品）')
    await phone.context().close()
  })

  it('still opens the adopted draft by its resume code, without signing in', async () => {
    const other = await openPage(browser)
    await other.goto(`${baseUrl}/resume`)
    await other.getByLabel('恢复码').fill(resumeCode)
    await other.getByRole('button', { name: '继续填写' }).click()
    expect(await draftTokenOf(other)).toBe(token)
    expect(await other.locator('#field-company-name').inputValue()).toBe('江川市青禾餐饮管理有限公司')
    await other.context().close()
  })

  it('does not show one citizen\'s drafts to another', async () => {
    const page = await openPage(browser)
    await page.goto(`${baseUrl}/me`)
    await signIn(page, '王芳（演示）', '/me')
    await page.getByText('您没有未提交的草稿。').waitFor()
    expect(await page.locator('.card.draft').count()).toBe(0)
    await page.context().close()
  })

  it('keeps a journey\'s answers through signing in', async () => {
    const page = await openPage(browser)
    const answers = encodeAnswers({ 'business-form': 'company', 'has-employees': true, 'employee-count': 6 })
    const path = `/situations/open-business?a=${answers}`
    await page.goto(`${baseUrl}${path}`)
    await page.getByRole('heading', { level: 2 }).first().waitFor()
    const shown = new URL(page.url())
    await signIn(page, '张伟（演示）', shown.pathname + shown.search)
    expect(new URL(page.url()).search).toBe(shown.search)
    await page.getByRole('heading', { level: 2 }).first().waitFor()
    await page.context().close()
  })

  it('signs out here and at the identity service', async () => {
    const page = await openPage(browser)
    await page.goto(`${baseUrl}/me`)
    await signIn(page, '李敏（演示）', '/me')
    await header(page).getByRole('button', { name: '退出登录' }).click()
    await page.waitForURL(`${baseUrl}/`)
    await header(page).getByRole('link', { name: '登录' }).waitFor()
    expect((await page.context().cookies(baseUrl)).find((c) => c.name === 'lobby_session')).toBeUndefined()
    // Signed out at the provider too: signing in again asks who, instead of coming straight back.
    await header(page).getByRole('link', { name: '登录' }).click()
    await page.getByRole('heading', { name: /选择演示市民登录/ }).waitFor()
    await page.context().close()
  })
})

/** A staff request with the desk's token, as the staff page sends it. */
async function asStaff(path: string, body: unknown): Promise<any> {
  const res = await fetch(`${baseUrl}${path}`, { method: 'POST', headers: { authorization: `Bearer ${staffToken}`, 'content-type': 'application/json' }, body: JSON.stringify(body) })
  if (!res.ok) throw new Error(`${path} answered ${res.status}: ${await res.text()}`)
  return res.json()
}

describe('electronic licences', () => {
  let licenceId = ''
  let jws = ''

  it('issues the licence when staff finish the application; the citizen sees it in 我的办件 and downloads it', async () => {
    const page = await openPage(browser)
    await page.goto(`${baseUrl}/me`)
    await signIn(page, '张伟（演示）', '/me')
    const number = await submitFoodLicenceIn(page)
    await asStaff(`/api/staff/applications/${number}/status`, { status: 'accepted' })
    licenceId = (await asStaff(`/api/staff/applications/${number}/status`, { status: 'completed' })).licence.id
    await page.reload()
    const card = page.locator(`[data-licence="${licenceId}"]`)
    await card.waitFor()
    expect(await card.getAttribute('data-status')).toBe('current')
    const text = (await card.textContent())!
    for (const shown of ['食品经营许可证', '有效', '江川市新城区好味道餐饮店', '江川市新城区市民大道 88 号 1 楼']) expect(text).toContain(shown)
    expect(await card.locator('img').evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0)).toBe(true)
    const [download] = await Promise.all([page.waitForEvent('download'), card.getByRole('link', { name: '下载证照文件' }).click()])
    expect(download.suggestedFilename()).toBe(`licence-${licenceId}.jws`)
    jws = readFileSync((await download.path())!, 'utf8')
    expect(jws.split('.')).toHaveLength(3)
    await page.context().close()
  })

  it('lets anyone verify it at /verify without signing in, and refuses a changed licence file', async () => {
    const page = await openPage(browser)
    await page.goto(`${baseUrl}/verify/${licenceId}`)
    await page.getByText('真实有效：本证照由本中心签发').waitFor()
    expect(await page.locator(`[data-licence="${licenceId}"]`).textContent()).toContain('江川市新城区好味道餐饮店')
    expect(await page.content()).not.toContain(shippedFoodLicenceData()['legal-representative-id'] as string)
    await page.getByLabel('或粘贴证照文件内容').fill(jws)
    await page.getByRole('button', { name: '核验', exact: true }).click()
    await page.locator('[data-file-verdict="current"]').waitFor()
    const [header, payload, signature] = jws.split('.')
    const claims = JSON.parse(Buffer.from(payload!, 'base64url').toString('utf8'))
    claims.lines[0].value = '冒名顶替餐饮店'
    await page.getByLabel('或粘贴证照文件内容').fill(`${header}.${Buffer.from(JSON.stringify(claims)).toString('base64url')}.${signature}`)
    await page.getByRole('button', { name: '核验', exact: true }).click()
    await page.locator('[data-file-verdict="forged"]').waitFor()
    expect(await page.locator('[data-file-verdict="forged"]').textContent()).toContain('无法核验')
    await page.context().close()
  })

  it('spares the licence as a material of the next matter for its holder, and tells anonymous citizens that signing in could', async () => {
    const page = await openPage(browser)
    await page.goto(`${baseUrl}/matters/food-business-licence-change`)
    const row = page.locator('tr').filter({ hasText: '原食品经营许可证正本、副本' })
    await row.getByText('持有本中心电子证照的，登录后免提交').waitFor()
    await signIn(page, '张伟（演示）', '/matters/food-business-licence-change')
    await row.getByText('已有电子证照，免提交').waitFor()
    expect(await row.locator(`[data-spared-by="${licenceId}"] a`).getAttribute('href')).toBe(`/verify/${licenceId}`)
    await page.context().close()
  })

  it('fills the next form from the verified identity and the earlier application, each marked and changeable', async () => {
    const page = await openPage(browser)
    await page.goto(`${baseUrl}/me`)
    await signIn(page, '张伟（演示）', '/me')
    await page.goto(`${baseUrl}/forms/food-business-licence`)
    await draftTokenOf(page)
    const operator = page.locator('#field-operator-name')
    expect(await operator.inputValue()).toBe('江川市新城区好味道餐饮店')
    expect(await page.locator('[data-prefilled="earlier"]').first().textContent()).toContain('已按您上次的申请填写')
    expect(await page.locator('#field-legal-representative').inputValue()).toBe('张伟（演示）')
    expect(await page.locator('[data-prefilled="identity"]').first().textContent()).toContain('已按您的实名认证信息填写')
    await operator.fill('江川市新城区好味道餐饮二店')
    expect(await operator.inputValue()).toBe('江川市新城区好味道餐饮二店')
    await page.context().close()
  })

  it('lets staff revoke it at the desk, with a reason and a confirmation, audited; /verify then shows it revoked', async () => {
    const staff = await openPage(browser)
    await staff.goto(`${baseUrl}/staff`)
    await staff.getByLabel('工作人员令牌').fill(staffToken)
    await staff.getByRole('button', { name: '登录', exact: true }).click()
    await staff.getByRole('button', { name: '电子证照', exact: true }).click()
    // As scanned from the licence's QR code.
    await staff.getByLabel('证照编号、核验地址或办件编号').fill(`${baseUrl}/verify/${licenceId}`)
    await staff.getByRole('button', { name: '查找', exact: true }).click()
    const card = staff.locator(`[data-licence="${licenceId}"]`)
    await card.waitFor()
    expect(await card.getAttribute('data-status')).toBe('current')
    await staff.getByRole('button', { name: '撤销此证照…' }).click()
    await staff.getByRole('alert').getByText('请选择或填写撤销原因').waitFor()
    await staff.getByLabel('其他原因（请填写）').check()
    await staff.getByLabel('原因', { exact: true }).fill('经营场所已搬迁，原许可证撤销')
    await staff.getByRole('button', { name: '撤销此证照…' }).click()
    const confirm = staff.getByRole('group', { name: /确认撤销“食品经营许可证”/ })
    expect(await confirm.textContent()).toContain('经营场所已搬迁，原许可证撤销')
    // Cancelling changes nothing; confirming revokes.
    await confirm.getByRole('button', { name: '取消' }).click()
    expect(await card.getAttribute('data-status')).toBe('current')
    await staff.getByRole('button', { name: '撤销此证照…' }).click()
    await staff.getByRole('button', { name: '确认撤销', exact: true }).click()
    await staff.locator(`[data-licence="${licenceId}"][data-status="revoked"]`).getByText('已撤销').first().waitFor()
    expect(await staff.getByRole('button', { name: '撤销此证照…' }).count()).toBe(0)
    const audit = await (await fetch(`${baseUrl}/api/staff/audit?format=jsonl`, { headers: { authorization: `Bearer ${staffToken}` } })).text()
    const entries = audit.split('\n').filter(Boolean).map((l) => JSON.parse(l)).filter((e) => e.subject === `licence:${licenceId}`)
    expect(entries.map((e) => e.action)).toEqual(['licence.issued', 'licence.revoked'])
    expect(entries[1]).toMatchObject({ actor: 'staff:窗口 7 陈静', after: { revoked: true, reason: '经营场所已搬迁，原许可证撤销' } })
    await staff.context().close()

    const page = await openPage(browser)
    await page.goto(`${baseUrl}/verify/${licenceId}`)
    await page.getByText('已撤销：本证照由本中心签发，但已被撤销').waitFor()
    expect(await page.locator(`[data-licence="${licenceId}"]`).getAttribute('data-status')).toBe('revoked')
    await page.context().close()
  })
})
