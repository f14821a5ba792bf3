import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { Catalogue } from '../../core/content/catalogue.ts'
import { foodLicenceForm } from '../../core/forms/test-form.ts'
import { handoffCodeAlphabet } from '../kiosk/handoff-code.ts'
import type { HandoffStore } from '../store/handoff-store.ts'
import { draftsTestApp } from './drafts-test-app.ts'
import { handoffRoutes } from './handoff.ts'

let t: ReturnType<typeof draftsTestApp>
let store: HandoffStore
beforeEach(() => {
  t = draftsTestApp([foodLicenceForm()])
  store = t.stores.handoffs
  const catalogue = () => ({ scenes: [{ id: 'open-restaurant' }] as Catalogue['scenes'] })
  t.app.route('/api/handoffs', handoffRoutes({ clock: t.deps.clock, crypto: t.deps.crypto, limits: t.deps.limits, store, drafts: t.deps, catalogue, settings: { handoffTtlMinutes: 15, lookupRatePerMinute: 100, createRatePerMinute: 20, publicOrigin: 'https://lobby.example.gov.cn' } }))
})
afterEach(async () => {
  await t.close()
})

type Created = { code: string; url: string; revokeKey: string; expiresAt: string }
const errorOf = async (res: Response) => ((await res.json()) as { error: { code: string; message: string } }).error

async function handOff(body: unknown): Promise<Created> {
  const res = await t.send('POST', 'http://kiosk.local/api/handoffs', body)
  expect(res.status).toBe(201)
  return (await res.json()) as Created
}
async function newDraftToken(): Promise<string> {
  const res = await t.send('POST', '/api/drafts', { formId: 'food-business-licence', data: { address: '市民大道 88 号' } })
  return ((await res.json()) as { token: string }).token
}

describe('handing a journey result to a phone', () => {
  it('gives a 6-character code from the unambiguous alphabet, the /h/ link on PUBLIC_ORIGIN and an expiry 15 minutes away', async () => {
    const created = await handOff({ kind: 'result', situation: 'open-restaurant', answers: { seats: 40, 'sells-alcohol': false } })
    expect(created.code).toMatch(new RegExp(`^[${handoffCodeAlphabet}]{6}$`))
    expect(created.url).toBe(`https://lobby.example.gov.cn/h/${created.code}`)
    expect(created.expiresAt).toBe('2026-11-25T02:15:00.000Z')
  })

  it('never builds the link from the Host header a client sends', async () => {
    const res = await t.app.request('http://evil.example/api/handoffs', {
      method: 'POST', headers: { 'Content-Type': 'application/json', Host: 'evil.example', 'X-Forwarded-Host': 'evil.example' },
      body: JSON.stringify({ kind: 'result', situation: 'open-restaurant', answers: {} }),
    })
    const { url } = (await res.json()) as Created
    expect(url).toMatch(/^https:\/\/lobby\.example\.gov\.cn\/h\/[A-Z0-9]{6}$/)
  })

  it('limits how many codes one client makes a minute (CREATE_RATE_PER_MINUTE), each client on its own', async () => {
    const statuses: number[] = []
    for (let i = 0; i < 21; i++) statuses.push((await t.send('POST', '/api/handoffs', { kind: 'result', situation: 'open-restaurant', answers: {} })).status)
    expect(statuses.filter((s) => s === 201)).toHaveLength(20)
    expect(statuses.at(-1)).toBe(429)
    t.state.client = '198.51.100.9'
    expect((await t.send('POST', '/api/handoffs', { kind: 'result', situation: 'open-restaurant', answers: {} })).status).toBe(201)
  })

  it('tells the phone to open the journey with the same answers, whatever case the code is typed in', async () => {
    const created = await handOff({ kind: 'result', situation: 'open-restaurant', answers: { seats: 40 } })
    const res = await t.send('GET', `/api/handoffs/${created.code.toLowerCase()}`)
    expect(res.status).toBe(200)
    expect(res.headers.get('cache-control')).toBe('no-store')
    const body = (await res.json()) as { kind: string; continueTo: string }
    expect(body.kind).toBe('result')
    const url = new URL(body.continueTo, 'http://x')
    expect(url.pathname).toBe('/situations/open-restaurant')
    expect(JSON.parse(Buffer.from(url.searchParams.get('a')!, 'base64url').toString())).toEqual({ seats: 40 })
  })

  it('refuses a situation that does not exist and a body of the wrong shape with 422', async () => {
    expect((await t.send('POST', '/api/handoffs', { kind: 'result', situation: 'fly-to-mars', answers: {} })).status).toBe(422)
    const res = await t.send('POST', '/api/handoffs', { kind: 'teleport' })
    expect(res.status).toBe(422)
    expect((await errorOf(res)).code).toBe('invalid_request')
  })
})

describe('handing a draft to a phone', () => {
  it('sends the phone to the draft\'s link, its token after the # where no server sees it', async () => {
    const token = await newDraftToken()
    const created = await handOff({ kind: 'draft', draftToken: token })
    const body = (await (await t.send('GET', `/api/handoffs/${created.code}`)).json()) as { continueTo: string }
    expect(body.continueTo).toBe(`/resume#${token}`)
  })

  it('refuses a draft token that opens nothing with the drafts\' own 404', async () => {
    const res = await t.send('POST', '/api/handoffs', { kind: 'draft', draftToken: 'AAAAAAAAAAAAAAAAAAAAAA' })
    expect(res.status).toBe(404)
    expect((await errorOf(res)).code).toBe('draft_not_found')
  })

  it('answers 410 once the kiosk has deleted the draft behind the code', async () => {
    const token = await newDraftToken()
    const created = await handOff({ kind: 'draft', draftToken: token })
    expect((await t.send('DELETE', `/api/drafts/${token}`)).status).toBe(204)
    const res = await t.send('GET', `/api/handoffs/${created.code}`)
    expect(res.status).toBe(410)
    expect((await errorOf(res)).code).toBe('handoff_target_gone')
  })
})

describe('the end of a hand-off', () => {
  const revoke = (code: string, key?: string) => t.app.request(`/api/handoffs/${code}`, { method: 'DELETE', headers: key === undefined ? {} : { Authorization: `Bearer ${key}` } })

  it('answers 410 with a JSON error after the kiosk revokes the code with its revoke key', async () => {
    const created = await handOff({ kind: 'result', situation: 'open-restaurant', answers: {} })
    expect((await revoke(created.code, created.revokeKey)).status).toBe(204)
    const res = await t.send('GET', `/api/handoffs/${created.code}`)
    expect(res.status).toBe(410)
    expect(await errorOf(res)).toMatchObject({ code: 'handoff_revoked' })
  })

  it('answers 410 once 15 minutes have passed', async () => {
    const created = await handOff({ kind: 'result', situation: 'open-restaurant', answers: {} })
    t.state.now = new Date(t.state.now.getTime() + 15 * 60_000)
    const res = await t.send('GET', `/api/handoffs/${created.code}`)
    expect(res.status).toBe(410)
    expect((await errorOf(res)).code).toBe('handoff_expired')
  })

  it('answers 404 for a code that was never issued or cannot be one', async () => {
    expect((await t.send('GET', '/api/handoffs/ZZZZZZ')).status).toBe(404)
    expect((await t.send('GET', '/api/handoffs/0O1IL0')).status).toBe(404)
    const other = await handOff({ kind: 'result', situation: 'open-restaurant', answers: {} })
    expect((await revoke('ZZZZZZ', other.revokeKey)).status).toBe(403)
    expect((await revoke('0O1IL0', other.revokeKey)).status).toBe(404)
  })

  it('lets nobody cancel a code without its revoke key: a stranger who guesses the code gets 403 and the code still works', async () => {
    const created = await handOff({ kind: 'result', situation: 'open-restaurant', answers: {} })
    const other = await handOff({ kind: 'result', situation: 'open-restaurant', answers: {} })
    for (const res of [await revoke(created.code), await revoke(created.code, other.revokeKey), await revoke(created.code, 'x'.repeat(43))]) {
      expect(res.status).toBe(403)
      expect((await errorOf(res)).code).toBe('handoff_key_mismatch')
    }
    expect((await t.send('GET', `/api/handoffs/${created.code}`)).status).toBe(200)
  })

  it('counts cancellations with look-ups, so codes cannot be tried faster by cancelling', async () => {
    const app = draftsTestApp([foodLicenceForm()])
    const s = app.stores.handoffs
    app.app.route('/api/handoffs', handoffRoutes({ clock: app.deps.clock, crypto: app.deps.crypto, limits: app.deps.limits, store: s, drafts: app.deps, catalogue: { scenes: [] }, settings: { handoffTtlMinutes: 15, lookupRatePerMinute: 2, createRatePerMinute: 20, publicOrigin: 'https://lobby.example.gov.cn' } }))
    const statuses = [(await app.send('GET', '/api/handoffs/ZZZZZZ')).status, (await app.send('DELETE', '/api/handoffs/ZZZZZZ')).status, (await app.send('DELETE', '/api/handoffs/ZZZZZZ')).status]
    expect(statuses).toEqual([404, 403, 429])
    await app.close()
  })

  it('slows down guessing per client: look-ups over the limit get 429, and other clients still find their code', async () => {
    const app = draftsTestApp([foodLicenceForm()])
    const s = app.stores.handoffs
    app.app.route('/api/handoffs', handoffRoutes({ clock: app.deps.clock, crypto: app.deps.crypto, limits: app.deps.limits, store: s, drafts: app.deps, catalogue: { scenes: [] }, settings: { handoffTtlMinutes: 15, lookupRatePerMinute: 2, createRatePerMinute: 20, publicOrigin: 'https://lobby.example.gov.cn' } }))
    const statuses = []
    for (let i = 0; i < 3; i++) statuses.push((await app.send('GET', '/api/handoffs/ZZZZZZ')).status)
    expect(statuses).toEqual([404, 404, 429])
    app.state.client = '198.51.100.2'
    expect((await app.send('GET', '/api/handoffs/ZZZZZZ')).status).toBe(404)
    await app.close()
  })
})
