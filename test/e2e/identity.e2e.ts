import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { encodeAnswers } from '../../client/journey/share-link.ts'
import { startDemoProvider, type DemoProvider } from '../../server/identity/demo-provider.ts'
import { freePort } from '../support/free-port.ts'
import { startServer, type ServerProcess } from '../support/server-process.ts'
import { launchChromium, openPage } from './browser.ts'

// The product with sign-in on, against a real OpenID provider (oidc-provider) with its demo citizens.
let op: DemoProvider
let server: ServerProcess
let browser: Browser
let baseUrl = ''

beforeAll(async () => {
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
    await page.waitForURL(/\/resume\/[A-Za-z0-9_-]{22}$/)
    const path = new URL(page.url()).pathname
    token = path.split('/').pop()!
    await page.locator('#field-company-name').fill('江川市青禾餐饮管理有限公司')
    await page.locator('#field-registered-address').fill('江川市新城区市民大道 88 号 3 楼 301 室')
    // The last field is still being typed in (no pause, no blur) when the citizen chooses to sign in.
    await page.locator('#field-business-scope').fill('餐饮管理；食品销售（仅销售预包装食品）')
    await signIn(page, '李敏（演示）', path)

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
    await phone.waitForURL(`${baseUrl}/resume/${token}`)
    expect(await phone.locator('#field-business-scope').inputValue()).toBe('餐饮管理；食品销售（仅销售预包装食品）')
    await phone.context().close()
  })

  it('still opens the adopted draft by its resume code, without signing in', async () => {
    const other = await openPage(browser)
    await other.goto(`${baseUrl}/resume`)
    await other.getByLabel('恢复码').fill(resumeCode)
    await other.getByRole('button', { name: '继续填写' }).click()
    await other.waitForURL(`${baseUrl}/resume/${token}`)
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
