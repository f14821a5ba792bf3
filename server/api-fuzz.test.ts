import { randomBytes } from 'node:crypto'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import fc from 'fast-check'
import { afterAll, describe, expect, it, vi } from 'vitest'
import { arbitraryFor, hinted, type Hints } from '../test/support/json-schema-arbitrary.ts'
import { createApp } from './app.ts'
import { loadContentOrExplain } from './content/load-content.ts'
import { formatApplicationNumber } from './drafts/application-number.ts'
import { loadKioskSettings } from './kiosk/settings.ts'
import { ErrorBody } from './openapi/api-schemas.ts'
import { openServices } from './open-services.ts'
import { loadSettings, repoRoot } from './settings.ts'
import { issueStaffToken } from './staff/token-admin.ts'

/**
 * The fuzz suite of issue 15: requests generated from /api/openapi.json against the whole app as
 * main.ts builds it (SQLite in a fresh DATA_DIR), a bounded number per operation. Every answer must be
 * below 500, every error in the documented `{ error: { code, message, details? } }` shape with a
 * documented status, and every refused body refused before costly work: the counter below counts
 * encryptions and store writes, and must not move for such a refusal.
 */
const work = vi.hoisted(() => ({ costly: 0 }))
const counting = <T extends object>(store: T): T =>
  new Proxy(store, {
    get(target, name, receiver) {
      const value = Reflect.get(target, name, receiver) as unknown
      if (typeof value !== 'function' || !/^(insert|save|submit|update|revoke|change|record|append|delete)/.test(String(name))) return value
      return (...args: unknown[]) => (work.costly++, (value as (...a: unknown[]) => unknown).apply(target, args))
    },
  })
vi.mock('./crypto/cipher.ts', async (original) => {
  const real = await original<typeof import('./crypto/cipher.ts')>()
  return { ...real, createCipher: (key: Buffer) => ((c) => ({ ...c, seal: (v: string) => (work.costly++, c.seal(v)) }))(real.createCipher(key)) }
})
vi.mock('./store/stores.ts', async (original) => {
  const real = await original<typeof import('./store/stores.ts')>()
  return {
    ...real,
    openStores: async (...a: Parameters<typeof real.openStores>) => {
      const stores = await real.openStores(...a)
      return { ...stores, repo: counting(stores.repo), handoffs: counting(stores.handoffs) }
    },
  }
})

const runsPerOperation = 25
const dataDir = mkdtempSync(path.join(tmpdir(), 'api-fuzz-'))
const settings = loadSettings({ DATA_DIR: dataDir, DATA_KEY: randomBytes(32).toString('base64'), LOG_LEVEL: 'silent', PUBLIC_ORIGIN: 'https://lobby.example.gov.cn' })
const catalogue = await loadContentOrExplain(repoRoot)
const services = await openServices({ settings, kiosk: loadKioskSettings({}), studio: { studio: 'read-only' }, catalogue, log: () => undefined, fail: (m) => { throw new Error(m) } })
const app = createApp({ catalogue, settings, ...services.app })
const feedback = services.stores.feedback
const staff = await issueStaffToken(feedback, '窗口 5 李明', new Date(), 1, 'test')
afterAll(async () => (await services.close(), rmSync(dataDir, { recursive: true, force: true })))

/** Each request comes from its own address, so the per-client limits let the fuzzing through. */
let client = 0
function send(method: string, url: string, headers: Record<string, string>, body?: string) {
  client++
  const env = { incoming: { socket: { remoteAddress: `10.${(client >> 16) & 255}.${(client >> 8) & 255}.${client & 255}`, remotePort: 40000, remoteFamily: 'IPv4' } } }
  return app.request(url, { method, headers, ...(body === undefined ? {} : { body }) }, env)
}
const json = { 'Content-Type': 'application/json' }

// Real ids and secrets, so generated requests get past the first look-up now and then.
const draft = (await (await send('POST', '/api/drafts', json, JSON.stringify({ formId: 'food-business-licence', data: { 'operator-name': '好味道' } }))).json()) as { token: string; resumeCode: string }
const ticket = (await (await send('POST', '/api/tickets', json, JSON.stringify({ kind: 'consultation', text: '开餐馆要办哪些证？' }))).json()) as { number: string; password: string }
const handoff = (await (await send('POST', '/api/handoffs', json, JSON.stringify({ kind: 'draft', draftToken: draft.token }))).json()) as { code: string; revokeKey: string }
const scene = catalogue.scenes.find((x) => x.id === 'open-restaurant') ?? catalogue.scenes[0]!
const number = formatApplicationNumber(new Date().getFullYear(), 1)
const hints: Hints = {
  formId: ['food-business-licence', 'company-establishment'],
  id: [...catalogue.matters.slice(0, 3).map((m) => m.id), 'food-business-licence', scene.id, 'market-regulation', staff.stored.id],
  scene: [scene.id], situation: [scene.id], matterId: ['food-business-licence'], step: scene.steps.slice(0, 3).map((x) => x.id), outcome: [scene.steps.at(-1)!.id],
  token: [draft.token], draftToken: [draft.token], 'Draft-Token': [draft.token], code: [draft.resumeCode, handoff.code], number: [ticket.number, number], password: [ticket.password],
  idLast4: ['1230'], locale: ['zh', 'en'], revision: [1],
  data: [{ 'operator-name': '江川市好味道餐饮店', 'legal-representative': '张小明', 'floor-area': 40, 'catering-items': ['hot-food'], 'food-safety-managers': [{ name: '李红' }] }],
}

const doc = (await (await app.request('/api/openapi.json')).json()) as any
const components = doc.components.schemas as Record<string, any>
const methods = ['get', 'post', 'put', 'patch', 'delete'] as const
const operations = Object.entries(doc.paths as Record<string, any>).flatMap(([p, item]) => methods.filter((m) => item[m]).map((m) => ({ path: p, method: m, op: item[m] })))

/** Bodies no client should send: the shapes of issue 15's findings, aimed at every route that reads a body. */
const hostileBodies = [
  `{"formId":"food-business-licence","data":{"x":${'['.repeat(700)}${']'.repeat(700)}}}`,
  `{"formId":"food-business-licence","revision":1,"data":${'{"x":['.repeat(634)}${']}'.repeat(634)}}`,
  JSON.stringify({ formId: 'food-business-licence', data: Object.fromEntries(Array.from({ length: 6000 }, (_, i) => [`k${i}`, 1])) }),
  '{"text":"a\\u0000b","kind":"complaint","answer":"x\\ud800","note":"\\u0000","code":"\\udfff"}',
  `{"code":"${'x'.repeat(10_001)}"}`,
  '{"formId": "food-business-licence",',
  '',
]

const pathParam = (name: string) => fc.oneof(
  { weight: 3, arbitrary: hinted(name, fc.string({ maxLength: 30 }), hints) as fc.Arbitrary<string> },
  { weight: 1, arbitrary: fc.string({ maxLength: 30 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 12 }) },
  { weight: 1, arbitrary: fc.constantFrom('%00', '..%2F..%2Fetc%2Fpasswd', "' OR 1=1 --", '%F0%9F%98%80', 'x'.repeat(300)) },
)

function requestFor(p: string, method: string, op: any) {
  const params = (op.parameters ?? []) as { name: string; in: string; schema: any; required: boolean }[]
  const pathParams = params.filter((x) => x.in === 'path')
  const queryParams = params.filter((x) => x.in === 'query')
  // Required headers (a draft's Draft-Token): the real secret mostly, sometimes none or a wrong one.
  const headerParams = params.filter((x) => x.in === 'header' && x.required)
  const headerValue = (name: string) => fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...((hints[name] ?? ['x']) as string[])) }, { weight: 1, arbitrary: fc.stringMatching(/^[A-Za-z0-9_-]{0,30}$/) }, { weight: 1, arbitrary: fc.constant(undefined) })
  const query = fc.record(Object.fromEntries(queryParams.map((q) => [q.name, hinted(q.name, arbitraryFor(q.schema, components, hints), hints)])), { requiredKeys: queryParams.filter((q) => q.required).map((q) => q.name) })
  const bodyRef = op.requestBody?.content?.['application/json']?.schema
  const body = bodyRef
    ? fc.oneof(
        { weight: 6, arbitrary: arbitraryFor(bodyRef, components, hints).map((v) => JSON.stringify(v)) },
        { weight: 1, arbitrary: fc.jsonValue({ maxDepth: 3 }).map((v) => JSON.stringify(v)) },
        { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 40 }) },
        { weight: 2, arbitrary: fc.constantFrom(...hostileBodies) },
      )
    : fc.constant(undefined)
  return fc.record({
    path: fc.tuple(...pathParams.map((x) => pathParam(x.name))).map((values) => pathParams.reduce((acc, x, i) => acc.replace(`{${x.name}}`, encodeURIComponent(values[i]!)), p)),
    headers: fc.tuple(...headerParams.map((x) => headerValue(x.name))).map((values) => Object.fromEntries(headerParams.flatMap((x, i) => (values[i] === undefined ? [] : [[x.name, values[i]!]])))),
    query: fc.tuple(query, fc.option(fc.dictionary(fc.string({ minLength: 1, maxLength: 8 }), fc.string({ maxLength: 8 }), { maxKeys: 1 }), { freq: 8 })),
    body,
    contentType: fc.oneof({ weight: 12, arbitrary: fc.constant('application/json') }, { weight: 1, arbitrary: fc.constantFrom('text/plain', 'application/x-www-form-urlencoded', undefined) }),
    staff: fc.integer({ min: 0, max: 5 }).map((n) => n > 0),
    crossSite: fc.integer({ min: 0, max: 9 }).map((n) => n === 0),
  })
}

const bodyRefusals = new Set(['malformed_json', 'invalid_request', 'payload_too_large', 'unsupported_media_type', 'cross_site_request'])

describe('the API under requests generated from its OpenAPI document', () => {
  it('documents enough operations to be worth fuzzing', () => expect(operations.length).toBeGreaterThan(40))

  for (const { path: p, method, op } of operations) {
    it(`${method.toUpperCase()} ${p}: no 5xx, errors in the documented shape and status, refused bodies cost nothing`, async () => {
      const documented = new Set(Object.keys(op.responses).map(Number))
      await fc.assert(
        fc.asyncProperty(requestFor(p, method, op), async (r) => {
          const [known, extra] = r.query
          const search = new URLSearchParams({ ...(known as Record<string, string>), ...(extra ?? {}) } as Record<string, string>)
          const url = `${r.path}${[...search].length > 0 ? `?${search}` : ''}`
          const headers: Record<string, string> = {
            ...r.headers,
            ...(r.body !== undefined && r.contentType ? { 'Content-Type': r.contentType } : {}),
            ...(r.staff ? { Authorization: `Bearer ${staff.token}` } : {}),
            ...(r.crossSite ? { 'Sec-Fetch-Site': 'cross-site', Origin: 'https://evil.example' } : {}),
          }
          const before = work.costly
          const res = await send(method.toUpperCase(), url, headers, method === 'get' ? undefined : r.body)
          const where = `${method.toUpperCase()} ${url} ${JSON.stringify(headers)} ${String(r.body).slice(0, 200)}`
          expect(res.status, where).toBeLessThan(500)
          if (res.status < 400) return
          const parsed = ErrorBody.safeParse(await res.json())
          expect(parsed.success, `${where} answered ${res.status} outside the error shape`).toBe(true)
          const code = parsed.data!.error.code
          // A path that no route matches (an id holding "/", a NUL) is the app's generic 404.
          if (!(res.status === 404 && code === 'not_found')) expect([...documented], `${where}: ${res.status} ${code}`).toContain(res.status)
          if (bodyRefusals.has(code)) expect(work.costly - before, `${where}: ${code} after costly work`).toBe(0)
        }),
        { numRuns: runsPerOperation, seed: 15 },
      )
    }, 120_000)

    if (!op.requestBody) continue
    it(`${method.toUpperCase()} ${p}: refuses each hostile body with a 4xx before any costly work`, async () => {
      const url = p.replace(/\{token\}/, draft.token).replace(/\{code\}/, handoff.code).replace(/\{number\}/, ticket.number).replace(/\{[a-z]+\}/gi, 'x')
      for (const body of hostileBodies.slice(0, -2)) {
        const before = work.costly
        const res = await send(method.toUpperCase(), url, { ...json, Authorization: `Bearer ${staff.token}`, 'Draft-Token': draft.token }, body)
        expect(res.status, `${url} ${body.slice(0, 60)}`).toBe(422)
        expect(ErrorBody.parse(await res.json()).error.code).toBe('invalid_request')
        expect(work.costly - before, `${url} ${body.slice(0, 60)}`).toBe(0)
      }
    })
  }
})
