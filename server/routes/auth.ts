import { Hono, type Context } from 'hono'
import { deleteCookie, getCookie, setCookie } from 'hono/cookie'
import { citizenFromClaims } from '../../core/identity/citizen.ts'
import { ApiError } from '../http/api-error.ts'
import type { OidcClient } from '../identity/oidc-client.ts'
import { draftTokenIn, safeReturnPath } from '../identity/return-path.ts'
import { citizenKey, cookieOptions, endSession, startSession, type SessionDeps, type SessionVariables } from '../identity/sessions.ts'
import type { CertificateSettings, OidcSettings } from '../identity/settings.ts'
import { companyFromCertificate, refusalShown } from '../identity/client-certificate.ts'

const LOGIN_COOKIE = 'lobby_login'
const LOGIN_MINUTES = 10

export type AuthDeps = SessionDeps & {
  oidc: { client: OidcClient; settings: OidcSettings } | null
  publicOrigin: string
  /** Makes the drafts with these tokens the citizen's (sign-in adopts the draft being filled). */
  adoptDrafts: (citizen: string, tokens: string[]) => Promise<unknown>
  log: (message: string) => void
  /** Certificate sign-in for companies behind a TLS proxy; null or absent: off. */
  certificate?: CertificateSettings | null
}

type Env = { Variables: SessionVariables }

/**
 * Sign-in and sign-out through the identity service, mounted at /auth (browser navigations, not API
 * calls): `/auth/login?return=/path` goes to the service, `/auth/callback` comes back from it and starts
 * the session, `POST /auth/logout` ends it here and sends the browser to end it at the service. Without OIDC settings, sign-in
 * answers 404 and the site stays anonymous.
 *
 * @example app.route('/auth', authRoutes({ store, crypto, clock, sessionHours: 8, oidc, publicOrigin, adoptDrafts, log }))
 */
export function authRoutes(deps: AuthDeps): Hono<Env> {
  const app = new Hono<Env>()
  app.use(async (c, next) => {
    c.header('Cache-Control', 'no-store')
    await next()
  })

  app.get('/login', async (c) => {
    const oidc = enabled(deps)
    const returnTo = safeReturnPath(c.req.query('return'))
    const started = await oidc.client.start().catch((e: Error) => (deps.log(`the identity service cannot be reached: ${e.message}`), null))
    // Nothing is lost: the citizen goes back to the page they were on, which says to try again later.
    if (!started) return c.redirect(withQuery(returnTo, 'signin', 'unavailable'), 303)
    const { url, checks } = started
    const sealed = deps.crypto.seal(JSON.stringify({ ...checks, returnTo, at: deps.clock().getTime() }))
    setCookie(c, LOGIN_COOKIE, sealed, cookieOptions(LOGIN_MINUTES * 60, '/auth'))
    return c.redirect(url.href, 302)
  })

  app.get('/callback', async (c) => {
    const oidc = enabled(deps)
    const login = readLogin(deps, c)
    deleteCookie(c, LOGIN_COOKIE, { path: '/auth', secure: true })
    if (!login) return c.redirect('/?signin=expired', 303)
    // The citizen cancelled at the service, or it refused: back where they were, still anonymous.
    if (c.req.query('error')) return c.redirect(withQuery(login.returnTo, 'signin', 'cancelled'), 303)
    const callbackUrl = new URL(`/auth/callback?${new URL(c.req.url).searchParams}`, deps.publicOrigin)
    const signedIn = await oidc.client.finish(callbackUrl, login).catch((e: Error) => (deps.log(`sign-in refused at the callback: ${e.message}`), null))
    if (!signedIn) return c.redirect(withQuery(login.returnTo, 'signin', 'failed'), 303)
    const person = citizenFromClaims(signedIn.claims, oidc.settings.claims, oidc.settings.trustLevels)
    const citizen = citizenKey(deps, signedIn.issuer, signedIn.subject)
    await startSession(deps, c, citizen, person, signedIn.idToken ?? null)
    const draft = draftTokenIn(login.returnTo)
    if (draft) await deps.adoptDrafts(citizen, [draft])
    return c.redirect(login.returnTo, 303)
  })

  // A legal person's CA certificate, verified by the TLS proxy and passed on in the configured header (§6.5).
  app.get('/certificate', async (c) => {
    const returnTo = safeReturnPath(c.req.query('return'))
    if (!deps.certificate) throw new ApiError(404, 'sign_in_unavailable', 'Certificate sign-in is not set up on this site (CLIENT_CERT_HEADER is unset).')
    const header = c.req.header(deps.certificate.header)
    const checked = header ? companyFromCertificate(header, deps.certificate.cas, deps.clock()) : { ok: false as const, refusal: 'unreadable' as const }
    if (!checked.ok) {
      deps.log(`certificate sign-in refused: ${checked.refusal}`)
      return c.redirect(withQuery(returnTo, 'signin', refusalShown[checked.refusal]), 303)
    }
    const { name, uscc } = checked.company
    await startSession(deps, c, citizenKey(deps, 'certificate', uscc), { kind: 'company', name, idNumber: uscc, phone: null, trustLevel: 4 }, null)
    return c.redirect(returnTo, 303)
  })

  app.post('/logout', async (c) => {
    if (c.req.header('sec-fetch-site') === 'cross-site' || c.req.header('sec-fetch-site') === 'same-site') {
      throw new ApiError(403, 'cross_site_request', 'This request came from another site\'s page, so it was refused. Use this site\'s own pages.')
    }
    const session = c.get('session')
    const home = new URL('/', deps.publicOrigin).href
    let next = '/'
    if (session) {
      await endSession(deps, c, session)
      const idToken = session.idTokenSealed ? deps.crypto.open(session.idTokenSealed) : null
      next = (deps.oidc ? await deps.oidc.client.logoutUrl(idToken, home).catch(() => null) : null)?.href ?? '/'
    }
    // The page's script asks for JSON and goes on itself: the CSP's form-action 'self' would stop a
    // form's redirect to the identity service. Without script, the form gets the redirect.
    if (c.req.header('accept')?.includes('application/json')) return c.json({ next })
    return c.redirect(next, 303)
  })
  return app
}

function enabled(deps: AuthDeps): NonNullable<AuthDeps['oidc']> {
  if (!deps.oidc) throw new ApiError(404, 'sign_in_unavailable', 'Signing in is not set up on this site (OIDC_ISSUER is unset). Everything works without it, anonymously.')
  return deps.oidc
}

type Login = { state: string; nonce: string; verifier: string; returnTo: string; at: number }

function readLogin(deps: AuthDeps, c: Context): Login | null {
  const sealed = getCookie(c, LOGIN_COOKIE)
  if (!sealed) return null
  try {
    const login = JSON.parse(deps.crypto.open(sealed)) as Login
    return deps.clock().getTime() - login.at <= LOGIN_MINUTES * 60_000 ? { ...login, returnTo: safeReturnPath(login.returnTo) } : null
  } catch {
    return null // tampered with, or sealed under another key
  }
}

function withQuery(path: string, key: string, value: string): string {
  const url = new URL(path, 'http://x.invalid')
  url.searchParams.set(key, value)
  return url.pathname + url.search
}
