import { randomBytes } from 'node:crypto'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import type { Catalogue } from '../../core/content/catalogue.ts'
import { createApp } from '../../server/app.ts'
import { loadContentOrExplain } from '../../server/content/load-content.ts'
import { startDemoProvider } from '../../server/identity/demo-provider.ts'
import { loadIdentitySettings } from '../../server/identity/settings.ts'
import { loadKioskSettings } from '../../server/kiosk/settings.ts'
import { openServices } from '../../server/open-services.ts'
import { loadSettings, repoRoot } from '../../server/settings.ts'
import { newStaffToken, staffTokenCreated } from '../../server/staff/staff-token.ts'
import { demoSignIn } from './demo-sign-in.ts'

export { shippedFoodLicenceData } from './food-licence-data.ts'

export const signedInOrigin = 'http://lobby.test'

/**
 * The fully wired server in memory on the shipped content (changed by `edit` if given), a SQLite file in
 * a fresh DATA_DIR, signing in through the demo OpenID provider on a loopback port, with a staff token
 * for the desk. Tests only; `close` removes everything.
 *
 * @example const server = await signedInServer(); const { cookie } = await server.signIn('demo-li-min')
 */
export async function signedInServer(options: { edit?: (catalogue: Catalogue) => Catalogue; env?: Record<string, string>; identityEnv?: Record<string, string> } = {}) {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'signed-in-'))
  const shipped = await loadContentOrExplain(repoRoot)
  const catalogue = options.edit ? options.edit(shipped) : shipped
  const op = await startDemoProvider({ siteOrigin: signedInOrigin })
  const settings = loadSettings({ DATA_DIR: dataDir, DATA_KEY: randomBytes(32).toString('base64'), LOG_LEVEL: 'silent', PUBLIC_ORIGIN: signedInOrigin, ...options.env })
  const identity = loadIdentitySettings({ OIDC_ISSUER: op.issuer, OIDC_CLIENT_ID: op.clientId, OIDC_CLIENT_SECRET: op.clientSecret, ...options.identityEnv })
  const services = await openServices({ settings, kiosk: loadKioskSettings({}), studio: { studio: 'off' }, identity, catalogue, log: () => undefined, fail: (m) => { throw new Error(m) } })
  const app = createApp({ catalogue, settings, ...services.app })
  const staff = newStaffToken('窗口 7 陈静', new Date(), 30)
  await services.stores.feedback.insertStaffToken(staff.stored, staffTokenCreated(staff.stored, 'cli'))
  const site = (p: string, init?: RequestInit) => app.request(p, init)
  /** Sends JSON (when `body` is given) with the session cookie or staff token, and reads the JSON answer. */
  const json = async (method: string, p: string, auth: { cookie?: string; staff?: boolean } = {}, body?: unknown) => {
    const headers: Record<string, string> = { 'sec-fetch-site': 'same-origin' }
    if (auth.cookie) headers.cookie = auth.cookie
    if (auth.staff) headers.authorization = `Bearer ${staff.token}`
    if (body !== undefined) headers['content-type'] = 'application/json'
    const res = await site(p, { method, headers, ...(body === undefined ? {} : { body: JSON.stringify(body) }) })
    const text = await res.text()
    return { status: res.status, body: (text && res.headers.get('content-type')?.startsWith('application/json') ? JSON.parse(text) : text) as any, res }
  }
  return {
    app, site, json, op, dataDir, catalogue, settings, services,
    signIn: (citizenId: string, returnTo = '/') => demoSignIn(site, signedInOrigin, citizenId, returnTo),
    close: async () => {
      await services.close()
      await op.close()
      rmSync(dataDir, { recursive: true, force: true })
    },
  }
}

export type SignedInServer = Awaited<ReturnType<typeof signedInServer>>
