import { generateKeyPairSync, randomBytes } from 'node:crypto'
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import Provider, { type Configuration, type KoaContextWithOIDC } from 'oidc-provider'
import { demoCitizens } from './demo-citizens.ts'
import { demoLoginPage, demoLogoutPage } from './demo-pages.ts'

export type DemoProvider = { issuer: string; clientId: string; clientSecret: string; close: () => Promise<void> }

const escape = (s: string) => s.replace(/[&<>"']/g, (ch) => `&#${ch.charCodeAt(0)};`)

/**
 * A real OpenID provider (oidc-provider, certified) on a loopback port, with the demo citizens of
 * demo-citizens.ts and one client: this site at `siteOrigin`. Its sign-in page lists the demo citizens
 * (each sets the acr of their trust level); consent is implied for this first-party client. For tests
 * and `npm run dev` only: keys and cookies are made up at each start.
 *
 * @example const op = await startDemoProvider({ siteOrigin: 'http://127.0.0.1:8080' }) // op.issuer, op.clientId, op.clientSecret
 */
export async function startDemoProvider(options: { siteOrigin: string; port?: number }): Promise<DemoProvider> {
  const http = createServer()
  await new Promise<void>((resolve) => http.listen(options.port ?? 0, '127.0.0.1', resolve))
  const issuer = `http://127.0.0.1:${(http.address() as AddressInfo).port}`
  const clientId = 'scene-lobby-demo'
  const clientSecret = randomBytes(24).toString('base64url')
  const provider = new Provider(issuer, configuration(options.siteOrigin, clientId, clientSecret))
  const callback = provider.callback()
  http.on('request', (req: IncomingMessage, res: ServerResponse) => {
    if (req.url?.startsWith('/interaction/')) return void interaction(provider, req, res).catch((e: Error) => fail(res, e))
    callback(req, res)
  })
  return { issuer, clientId, clientSecret, close: () => new Promise((resolve) => (http.closeAllConnections(), http.close(() => resolve()))) }
}

function configuration(siteOrigin: string, clientId: string, clientSecret: string): Configuration {
  const key = generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey.export({ format: 'jwk' })
  return {
    clients: [{
      client_id: clientId, client_secret: clientSecret, redirect_uris: [`${siteOrigin}/auth/callback`], post_logout_redirect_uris: [`${siteOrigin}/`],
      grant_types: ['authorization_code'], response_types: ['code'], token_endpoint_auth_method: 'client_secret_post',
    }],
    jwks: { keys: [{ ...key, kid: 'demo', use: 'sig', alg: 'RS256' }] as never },
    cookies: { keys: [randomBytes(32).toString('base64url')] },
    pkce: { methods: ['S256'], required: () => true },
    acrValues: [...new Set(demoCitizens.map((c) => c.acr))],
    claims: { openid: ['sub', 'acr'], profile: ['name', 'id_card'], phone: ['phone_number', 'phone_number_verified'] },
    async findAccount(_ctx, id) {
      const citizen = demoCitizens.find((c) => c.id === id)
      if (!citizen) return undefined
      return { accountId: id, claims: () => ({ sub: id, name: citizen.name, id_card: citizen.idCard, phone_number: citizen.phone, phone_number_verified: true }) }
    },
    interactions: { url: (_ctx, interaction) => `/interaction/${interaction.uid}` },
    // A first-party client: signing in is consent enough (oidc-provider's documented way to skip the consent prompt).
    async loadExistingGrant(ctx: KoaContextWithOIDC) {
      const session = ctx.oidc.session!
      const client = ctx.oidc.client!
      const grantId = ctx.oidc.result?.consent?.grantId ?? session.grantIdFor(client.clientId)
      if (grantId) return ctx.oidc.provider.Grant.find(grantId)
      const grant = new ctx.oidc.provider.Grant({ clientId: client.clientId, accountId: session.accountId! })
      grant.addOIDCScope('openid profile phone')
      await grant.save()
      return grant
    },
    features: {
      devInteractions: { enabled: false },
      rpInitiatedLogout: { enabled: true, logoutSource: async (ctx, form) => void (ctx.body = demoLogoutPage(form)) },
    },
    renderError: async (ctx, out) => void (ctx.body = `<!doctype html><meta charset="utf-8"><title>演示身份服务：出错</title><h1>演示身份服务：出错 · Demo identity service error</h1><pre>${escape(JSON.stringify(out, null, 2))}</pre>`),
  }
}

/** The sign-in page (GET) and the choice of a demo citizen (POST). */
async function interaction(provider: Provider, req: IncomingMessage, res: ServerResponse): Promise<void> {
  const details = await provider.interactionDetails(req, res)
  if (req.method === 'GET') {
    res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store' })
    return void res.end(demoLoginPage(details.uid, demoCitizens))
  }
  const form = new URLSearchParams(await readBody(req))
  const citizen = demoCitizens.find((c) => c.id === form.get('citizen'))
  if (!citizen) throw new Error('choose one of the demo citizens')
  await provider.interactionFinished(req, res, { login: { accountId: citizen.id, acr: citizen.acr } }, { mergeWithLastSubmission: false })
}

async function readBody(req: IncomingMessage): Promise<string> {
  let body = ''
  for await (const chunk of req) {
    body += chunk
    if (body.length > 10_000) throw new Error('the form is too large')
  }
  return body
}

function fail(res: ServerResponse, e: Error): void {
  if (res.headersSent) return void res.end()
  res.writeHead(400, { 'Content-Type': 'text/html; charset=utf-8' })
  res.end(`<!doctype html><meta charset="utf-8"><title>演示身份服务</title><p>${escape(e.message)}</p>`)
}
