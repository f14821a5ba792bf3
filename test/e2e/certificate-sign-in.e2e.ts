import path from 'node:path'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startServer, type ServerProcess } from '../support/server-process.ts'
import { testCertificates } from '../support/test-certificates.ts'
import { launchChromium, openPage } from './browser.ts'

// The product behind a TLS proxy that verifies client certificates (§6.5): the proxy is played by the
// browser's own requests to /auth/certificate, which carry the certificate in the header nginx would set
// from $ssl_client_escaped_cert. The certificates are made here with openssl.
const certs = testCertificates()
const uscc = '91350100M000100Y43'
let good = ''
let stranger = ''
let expired = ''
let server: ServerProcess
let browser: Browser

beforeAll(async () => {
  certs.ca('jiangchuan-ca')
  certs.ca('other-ca')
  good = certs.client('good', 'jiangchuan-ca', `/O=Haoweidao Catering Co/OU=${uscc}/CN=Zhang Wei`)
  stranger = certs.client('stranger', 'other-ca', `/O=Stranger Co/OU=${uscc}`)
  expired = certs.client('expired', 'jiangchuan-ca', `/O=Haoweidao Catering Co/OU=${uscc}`, { days: -1 })
  server = await startServer({ CLIENT_CERT_HEADER: 'X-SSL-Client-Cert', CLIENT_CERT_CA_FILE: path.join(certs.dir, 'jiangchuan-ca.pem') })
  browser = await launchChromium()
})
afterAll(async () => {
  await browser?.close()
  await server?.stop()
  certs.remove()
})

/** A new browser whose sign-in requests carry `pem` as the proxy passes a certificate it verified. */
async function withCertificate(pem: string): Promise<Page> {
  const page = await openPage(browser)
  await page.route('**/auth/certificate**', (route) => route.continue({ headers: { ...route.request().headers(), 'x-ssl-client-cert': encodeURIComponent(pem) } }))
  return page
}

/** From 我的办件 signed out, chooses certificate sign-in and waits to be back there. */
async function signInWithCertificate(page: Page): Promise<void> {
  await page.goto(`${server.url}/me`)
  await page.getByText('登录后可以查看您的办件和草稿').waitFor()
  await page.getByRole('link', { name: '企业数字证书登录' }).click()
  await page.waitForURL((url) => url.pathname === '/me')
}

describe('certificate sign-in for companies in Chromium', () => {
  it('signs the company in at trust level 4, with its USCC in 我的办件', async () => {
    const page = await withCertificate(good)
    await signInWithCertificate(page)
    const header = page.locator('header.site-header')
    await header.getByText('已登录：Haoweidao Catering Co').waitFor()
    expect(await header.locator('[data-trust-level]').getAttribute('data-trust-level')).toBe('4')
    await header.getByText('四级（数字证书）').waitFor()
    const company = page.locator(`[data-uscc="${uscc}"]`)
    await company.waitFor()
    expect(await company.textContent()).toBe(`单位：Haoweidao Catering Co（统一社会信用代码 ${uscc}）`)
    await page.getByRole('heading', { level: 2, name: '我的电子证照' }).waitFor()
    expect((await page.context().cookies(server.url)).some((c) => c.name === 'lobby_session')).toBe(true)
    await page.context().close()
  })

  // What the page says to a refused certificate, and to whom: another CA's, and an expired one.
  const refusals = [
    { what: 'from a CA this centre does not trust', pem: () => stranger, says: '您的数字证书不是本中心认可的认证机构（CA）签发的，不能登录' },
    { what: 'that expired, saying to renew it', pem: () => expired, says: '您的数字证书不在有效期内（已过期或尚未生效），不能登录' },
  ]
  for (const { what, pem, says } of refusals) {
    it(`refuses a certificate ${what}, and no one is signed in`, async () => {
      const page = await withCertificate(pem())
      await signInWithCertificate(page)
      await page.getByRole('status').getByText(says).waitFor()
      expect(new URL(page.url()).search).toBe('')
      await page.getByText('登录后可以查看您的办件和草稿').waitFor()
      expect((await page.context().cookies(server.url)).some((c) => c.name === 'lobby_session')).toBe(false)
      await page.context().close()
    })
  }

  it('says no certificate came when the proxy passed none', async () => {
    const page = await openPage(browser)
    await signInWithCertificate(page)
    await page.getByRole('status').getByText('没有收到您的数字证书').waitFor()
    await page.context().close()
  })
})
