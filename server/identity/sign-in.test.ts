import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { demoSignIn } from '../../test/support/demo-sign-in.ts'
import { signedInOrigin as origin, signedInServer, type SignedInServer } from '../../test/support/signed-in-server.ts'
import { demoCitizens } from './demo-citizens.ts'

// The fully wired server in memory, signing in through a real OpenID provider on a loopback port.
let server: SignedInServer
let op: SignedInServer['op']
const site = (p: string, init?: RequestInit) => server.site(p, init)
const json = async (p: string, cookie?: string, init: RequestInit = {}) => {
  const res = await site(p, { ...init, headers: { ...(cookie ? { cookie } : {}), ...(init.headers as Record<string, string>) } })
  return { status: res.status, body: (await res.json()) as any, res }
}

beforeAll(async () => {
  server = await signedInServer()
  op = server.op
}, 60_000) // starts a server and an identity provider
afterAll(() => server?.close())

describe('signing in through the identity service', () => {
  it('sends the browser to the provider with PKCE (S256), state and nonce, remembering them in a short-lived HttpOnly cookie', async () => {
    const res = await site('/auth/login?return=/matters/food-business-licence')
    expect(res.status).toBe(302)
    const to = new URL(res.headers.get('location')!)
    expect(to.origin).toBe(op.issuer)
    expect(to.searchParams.get('code_challenge_method')).toBe('S256')
    expect(to.searchParams.get('code_challenge')).toMatch(/^[A-Za-z0-9_-]{43}$/)
    expect(to.searchParams.get('state')).toBeTruthy()
    expect(to.searchParams.get('nonce')).toBeTruthy()
    expect(to.searchParams.get('redirect_uri')).toBe(`${origin}/auth/callback`)
    const cookie = res.headers.get('set-cookie')!
    expect(cookie).toMatch(/^lobby_login=/)
    expect(cookie).toMatch(/HttpOnly/)
    expect(cookie).toMatch(/Secure/)
    expect(cookie).toMatch(/SameSite=Lax/)
  })

  it('comes back signed in as the demo citizen, with the trust level from acr, in an HttpOnly Secure SameSite session cookie', async () => {
    const { cookie, landedOn } = await demoSignIn(site, origin, 'demo-li-min', '/matters/food-business-licence')
    expect(landedOn).toBe('/matters/food-business-licence')
    const me = await json('/api/me', cookie)
    expect(me.body).toMatchObject({ signInAvailable: true, citizen: { kind: 'person', name: '李敏（演示）', phone: '13800138000', trustLevel: 3 } })
    expect(me.body.citizen.idNumber).toBe(demoCitizens.find((c) => c.id === 'demo-li-min')!.idCard)
    expect(me.res.headers.get('cache-control')).toBe('no-store')
    const anonymous = await json('/api/me')
    expect(anonymous.body).toEqual({ signInAvailable: true, citizen: null, expiresAt: null })
  })

  it('reads another citizen\'s level from their own acr', async () => {
    const { cookie } = await demoSignIn(site, origin, 'demo-wang-fang')
    expect((await json('/api/me', cookie)).body.citizen).toMatchObject({ name: '王芳（演示）', trustLevel: 2 })
  })

  it('refuses a callback whose login cookie was tampered with, and stays signed out', async () => {
    const res = await site('/auth/callback?code=abc&state=xyz', { headers: { cookie: 'lobby_login=v1.forged.value.here' } })
    expect(res.status).toBe(303)
    expect(res.headers.get('location')).toBe('/?signin=expired')
    expect(res.headers.getSetCookie().some((c) => c.startsWith('lobby_session='))).toBe(false)
  })

  it('signs out here and at the provider, after which the cookie opens nothing', async () => {
    const { cookie } = await demoSignIn(site, origin, 'demo-zhang-wei')
    const out = await site('/auth/logout', { method: 'POST', headers: { cookie, 'sec-fetch-site': 'same-origin' } })
    expect(out.status).toBe(303)
    const to = new URL(out.headers.get('location')!)
    expect(to.origin).toBe(op.issuer)
    expect(to.searchParams.get('id_token_hint')).toBeTruthy()
    expect(to.searchParams.get('post_logout_redirect_uri')).toBe(`${origin}/`)
    expect(out.headers.getSetCookie().find((c) => c.startsWith('lobby_session='))).toMatch(/Max-Age=0/)
    expect((await json('/api/me', cookie)).body.citizen).toBeNull()
  })

  it('refuses a sign-out another site\'s page asks for', async () => {
    const { cookie } = await demoSignIn(site, origin, 'demo-li-min')
    const res = await site('/auth/logout', { method: 'POST', headers: { cookie, 'sec-fetch-site': 'cross-site' } })
    expect(res.status).toBe(403)
    expect((await json('/api/me', cookie)).body.citizen).not.toBeNull()
  })

  it('never sends the citizen to another site after signing in', async () => {
    const res = await site('/auth/login?return=//evil.example/phish')
    const login = res.headers.get('set-cookie')!.split(';')[0]!
    expect(login).toMatch(/^lobby_login=/)
    const { landedOn } = await demoSignIn(site, origin, 'demo-li-min', 'https://evil.example/')
    expect(landedOn).toBe('/')
  })
})
