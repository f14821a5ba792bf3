import { randomBytes } from 'node:crypto'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { createApp } from './app.ts'
import { loadContentOrExplain } from './content/load-content.ts'
import { loadKioskSettings } from './kiosk/settings.ts'
import { openServices } from './open-services.ts'
import { loadSettings, repoRoot } from './settings.ts'

// The app as main.ts builds it: real content, every service on a fresh SQLite file, the studio on.
const dataDir = mkdtempSync(path.join(tmpdir(), 'open-services-'))
const settings = loadSettings({ DATA_DIR: dataDir, DATA_KEY: randomBytes(32).toString('base64'), LOG_LEVEL: 'silent' })
const catalogue = await loadContentOrExplain(repoRoot)
const services = await openServices({
  settings, kiosk: loadKioskSettings({}), studio: { studio: 'dev' }, catalogue, log: () => undefined,
  fail: (message) => {
    throw new Error(message)
  },
})
const app = createApp({ catalogue, settings, ...services.app })
afterAll(async () => (await services.close(), rmSync(dataDir, { recursive: true, force: true })))

const doc = (await (await app.request('/api/openapi.json')).json()) as any
const methods = ['get', 'post', 'put', 'patch', 'delete'] as const
const operations = Object.entries(doc.paths as Record<string, any>).flatMap(([p, item]) =>
  methods.filter((m) => item[m]).map((m) => ({ path: p, method: m, op: item[m] })),
)

/** `/api/drafts/:token/qr.svg` -> `/api/drafts/{token}/qr.svg` */
const openApiPath = (honoPath: string) => honoPath.replace(/:([A-Za-z]+)/g, '{$1}')
/** Every route a request can reach, without middleware (Hono lists `app.use` as method ALL). */
const served = [...new Set(app.routes.filter((r) => r.method !== 'ALL' && r.path.startsWith('/api')).map((r) => `${r.method.toLowerCase()} ${openApiPath(r.path)}`))]

describe('the OpenAPI document of the fully wired server', () => {
  it('documents every /api route the server mounts, by method and path', () => {
    expect(served.length).toBeGreaterThan(40)
    const documented = new Set(operations.map((o) => `${o.method} ${o.path}`))
    expect(served.filter((route) => !documented.has(route))).toEqual([])
  })

  it('documents no /api operation the server does not serve', () => {
    const routes = new Set(served)
    expect(operations.filter((o) => o.path.startsWith('/api') && !routes.has(`${o.method} ${o.path}`)).map((o) => `${o.method} ${o.path}`)).toEqual([])
  })

  it('is OpenAPI 3.1 with unique operationIds and every path parameter declared', () => {
    expect(doc.openapi).toBe('3.1.0')
    const ids = operations.map((o) => o.op.operationId)
    expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([])
    for (const { path: p, method, op } of operations) {
      const where = `${method} ${p}`
      expect(typeof op.operationId, where).toBe('string')
      expect(Object.keys(op.responses).length, where).toBeGreaterThan(0)
      const inPath = [...p.matchAll(/\{([^}]+)\}/g)].map((m) => m[1])
      const declared = op.parameters.filter((x: any) => x.in === 'path')
      expect(declared.map((x: any) => x.name), where).toEqual(inPath)
      expect(declared.every((x: any) => x.required === true), where).toBe(true)
    }
  })

  it('resolves every $ref to a component schema', () => {
    const refs = JSON.stringify(doc).match(/"\$ref":"[^"]+"/g) ?? []
    for (const ref of new Set(refs.map((r) => r.slice(8, -1)))) {
      expect(ref, ref).toMatch(/^#\/components\/schemas\/[A-Za-z]+$/)
      expect(doc.components.schemas, ref).toHaveProperty([ref.split('/').pop()!])
    }
  })

  it('asks for the staff bearer token on every /api/staff operation and on no other', () => {
    expect(doc.components.securitySchemes.staffToken).toMatchObject({ type: 'http', scheme: 'bearer' })
    for (const { path: p, method, op } of operations) {
      const staff = p.startsWith('/api/staff/')
      const issued = p === '/api/handoffs/{code}' && method === 'delete' // the kiosk's revoke key
      expect(op.security, `${method} ${p}`).toEqual(staff ? [{ staffToken: [] }] : issued ? [{ issuedKey: [] }] : undefined)
      if (staff) expect(op.responses['401'].description, `${method} ${p}`).toMatch(/^unauthorized/)
    }
  })

  it('answers every error with the { error: { code, message } } body', () => {
    expect(doc.components.schemas.ErrorBody.properties.error.required).toEqual(['code', 'message'])
    for (const { path: p, method, op } of operations) {
      for (const [status, response] of Object.entries(op.responses as Record<string, any>)) {
        if (Number(status) >= 400) expect(response.content['application/json'].schema, `${method} ${p} ${status}`).toEqual({ $ref: '#/components/schemas/ErrorBody' })
      }
    }
  })

  it('describes request bodies with the schemas the routes validate, and their 400 and 422 answers', () => {
    const create = doc.paths['/api/drafts'].post
    expect(create.requestBody.content['application/json'].schema).toEqual({ $ref: '#/components/schemas/CreateDraftBody' })
    expect(doc.components.schemas.CreateDraftBody.required).toEqual(['formId'])
    expect(create.responses['201'].content['application/json'].schema).toEqual({ $ref: '#/components/schemas/DraftView' })
    expect(create.responses['400'].description).toMatch(/malformed_json/)
    expect(create.responses['422'].description).toMatch(/invalid_request/)
    expect(doc.components.schemas.StatusChangeBody.properties.status.enum).toEqual(['pre-review', 'accepted', 'completed'])
    expect(doc.paths['/api/drafts/{token}/submit'].post.requestBody.required).toBe(false)
  })

  it('documents answers without a JSON body by their media type or as 204', () => {
    expect(Object.keys(doc.paths['/api/drafts/{token}/qr.svg'].get.responses['200'].content)).toEqual(['image/svg+xml'])
    expect(Object.keys(doc.paths['/api/staff/audit'].get.responses['200'].content)).toEqual(['application/x-ndjson', 'text/csv'])
    expect(doc.paths['/api/drafts/{token}'].delete.responses['204']).not.toHaveProperty('content')
    const audit = Object.fromEntries(doc.paths['/api/staff/audit'].get.parameters.map((p: any) => [p.name, p]))
    expect(audit.format).toMatchObject({ in: 'query', required: false, schema: { enum: ['csv', 'jsonl'] } })
  })
})
