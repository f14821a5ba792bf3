import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { Hono } from 'hono'
import { describe, expect, it } from 'vitest'
import { smallCatalogue } from '../test/fixtures/catalogue-small.ts'
import { createApp } from './app.ts'
import { ApiError } from './http/api-error.ts'
import { loadSettings } from './settings.ts'

const settings = loadSettings({ BODY_LIMIT_BYTES: '1024' })
const app = createApp({ catalogue: smallCatalogue, settings })
const getJson = async (path: string, init?: RequestInit) => {
  const res = await app.request(path, init)
  return { res, body: (await res.json()) as any }
}
const ids = (body: { matters: { id: string }[] }) => body.matters.map((m) => m.id)

describe('GET /api/matters', () => {
  it('lists every matter as a summary, in catalogue order', async () => {
    const { res, body } = await getJson('/api/matters')
    expect(res.status).toBe(200)
    expect(ids(body)).toEqual(smallCatalogue.matters.map((m) => m.id))
    expect(body.matters[0]).toEqual({
      id: 'company-establishment',
      name: { zh: '企业设立登记', en: 'Company registration' },
      department: { id: 'market-regulation', name: { zh: '江川市市场监督管理局', en: 'Jiangchuan Market Regulation Administration' } },
      kind: '承诺',
      audience: ['法人'],
      themes: ['business-startup'],
      online: { available: true, depth: 'IV' },
      windows: [1, 2],
      promisedLimit: { value: 3, unit: '工作日' },
    })
  })

  it('filters by department, audience, theme and online depth together', async () => {
    expect(ids((await getJson('/api/matters?department=public-security')).body)).toEqual(['newborn-household-registration'])
    expect(ids((await getJson('/api/matters?audience=自然人&theme=birth')).body)).toEqual(['birth-medical-certificate', 'newborn-household-registration'])
    expect(ids((await getJson('/api/matters?online=IV')).body)).toEqual(['company-establishment'])
    expect(ids((await getJson('/api/matters?online=III&department=market-regulation')).body)).toEqual(['company-establishment', 'sole-trader-registration', 'food-business-licence'])
    expect(ids((await getJson('/api/matters?online=false')).body)).toEqual(['birth-medical-certificate'])
    expect((await getJson('/api/matters?online=true')).body.matters).toHaveLength(4)
  })

  it('finds the business licence matters by 营业执照, yyzz, yingye and business licence', async () => {
    for (const q of ['营业执照', 'yyzz', 'yingye', 'business licence']) {
      const { body } = await getJson(`/api/matters?q=${encodeURIComponent(q)}`)
      expect(ids(body), q).toEqual(expect.arrayContaining(['company-establishment', 'sole-trader-registration']))
    }
  })

  it('combines a search with filters, best match first', async () => {
    const { body } = await getJson(`/api/matters?q=${encodeURIComponent('出生医学证明')}&audience=${encodeURIComponent('自然人')}`)
    expect(ids(body)[0]).toBe('birth-medical-certificate')
    expect(ids((await getJson('/api/matters?q=yyzz&audience=自然人')).body)).toEqual(['sole-trader-registration'])
  })

  it.each([
    ['audience=公司', 'audience', 'use one of 自然人, 法人'],
    ['online=V', 'online', 'use true, false or a depth I, II, III, IV'],
    [`q=${'a'.repeat(101)}`, 'q', 'at most 100 characters'],
    ['colour=red', 'colour', 'unknown parameter'],
    ['department=tax-office', 'department', 'use one of market-regulation, public-security, health, taxation'],
    ['theme=x&theme=y', 'theme', 'give this parameter once'],
  ])('rejects %s with 400 bad_query naming the parameter', async (query, param, message) => {
    const { res, body } = await getJson(`/api/matters?${query}`)
    expect(res.status).toBe(400)
    expect(body.error.code).toBe('bad_query')
    expect(body.error.details).toContainEqual({ param, message })
    expect(body.error.message).toContain(`${param}: ${message}`)
  })
})

describe('content by id', () => {
  it.each([
    ['/api/matters/food-business-licence', (b: any) => expect(b.promisedLimit).toEqual({ value: 5, unit: '工作日' })],
    ['/api/departments/market-regulation', (b: any) => expect(b.matters.map((m: any) => m.id)).toEqual(['company-establishment', 'sole-trader-registration', 'food-business-licence'])],
    ['/api/forms/company-establishment', (b: any) => expect(b.sections[0].fields[0].id).toBe('company-name')],
    ['/api/scenes/open-restaurant', (b: any) => expect(b.start).toBe('welcome')],
    ['/api/i18n/en', (b: any) => expect(b).toEqual({ locale: 'en', strings: smallCatalogue.strings.en })],
  ])('serves %s', async (path, check) => {
    const { res, body } = await getJson(path)
    expect(res.status).toBe(200)
    expect(body).not.toHaveProperty('$schema')
    check(body)
  })

  it.each([
    ['/api/matters/flying-licence', 'matter_not_found'],
    ['/api/departments/ministry-of-magic', 'department_not_found'],
    ['/api/forms/no-such-form', 'form_not_found'],
    ['/api/scenes/no-such-scene', 'scene_not_found'],
    ['/api/i18n/fr', 'locale_not_found'],
    ['/api/nothing-here', 'not_found'],
  ])('answers %s with 404 %s', async (path, code) => {
    const { res, body } = await getJson(path)
    expect(res.status).toBe(404)
    expect(body.error.code).toBe(code)
    expect(body.error.message.length).toBeGreaterThan(10)
  })

  it('rejects unknown query parameters on routes that take none', async () => {
    const { res, body } = await getJson('/api/hall?zoom=2')
    expect(res.status).toBe(400)
    expect(body.error.details).toEqual([{ param: 'zoom', message: 'unknown parameter' }])
  })
})

describe('lists', () => {
  it('serves departments and themes with their number of matters, the hall and scene summaries', async () => {
    const departments = (await getJson('/api/departments')).body.departments
    expect(departments.find((d: any) => d.id === 'market-regulation').matterCount).toBe(3)
    const themes = (await getJson('/api/themes')).body.themes
    expect(themes.find((t: any) => t.id === 'birth').matterCount).toBe(2)
    expect((await getJson('/api/hall')).body.windows.map((w: any) => w.number)).toEqual([1, 2, 7, 12, 13])
    expect((await getJson('/api/scenes')).body.scenes).toEqual([
      { id: 'open-restaurant', title: smallCatalogue.scenes[0]!.title, summary: smallCatalogue.scenes[0]!.summary, theme: 'business-startup', audience: '法人' },
    ])
  })

  it('reports health with the content counts, uncached', async () => {
    const { res, body } = await getJson('/healthz')
    expect(res.status).toBe(200)
    expect(res.headers.get('cache-control')).toBe('no-store')
    expect(body).toMatchObject({ status: 'ok', content: { matters: 5, scenes: 1, forms: 1 } })
  })
})

describe('caching', () => {
  it('sends a strong ETag and answers If-None-Match with 304 and no body', async () => {
    const first = await app.request('/api/matters?audience=法人')
    const etag = first.headers.get('etag')
    expect(etag).toMatch(/^"[A-Za-z0-9_-]{20,}"$/)
    expect(first.headers.get('cache-control')).toBe('public, max-age=60, must-revalidate')
    const again = await app.request('/api/matters?audience=法人', { headers: { 'If-None-Match': `"other", ${etag}` } })
    expect(again.status).toBe(304)
    expect(await again.text()).toBe('')
    expect(again.headers.get('etag')).toBe(etag)
  })

  it('gives different bodies different ETags and the same body the same ETag in a new app', async () => {
    const a = (await app.request('/api/matters')).headers.get('etag')
    const b = (await app.request('/api/matters?online=IV')).headers.get('etag')
    const fresh = createApp({ catalogue: smallCatalogue, settings })
    expect(a).not.toBe(b)
    expect((await fresh.request('/api/matters')).headers.get('etag')).toBe(a)
  })

  it('answers a stale ETag with the full body', async () => {
    const res = await app.request('/api/hall', { headers: { 'If-None-Match': '"stale"' } })
    expect(res.status).toBe(200)
    expect((await res.json()).name.zh).toBe('江川市政务服务中心')
  })
})

describe('request bodies', () => {
  it('answers a body over the limit with 413 payload_too_large as JSON', async () => {
    const { res, body } = await getJson('/api/matters', { method: 'POST', body: 'x'.repeat(2048), headers: { 'Content-Type': 'text/plain' } })
    expect(res.status).toBe(413)
    expect(body.error).toEqual({ code: 'payload_too_large', message: 'The request body is larger than the limit of 1024 bytes.', details: { limitBytes: 1024 } })
  })

  it('checks a declared Content-Length before reading the body', async () => {
    const res = await app.request('/api/matters', { method: 'POST', body: 'x'.repeat(2048), headers: { 'Content-Length': '2048' } })
    expect(res.status).toBe(413)
  })

  it('lets extra routes read bodies under the limit, and their errors use the same JSON shape', async () => {
    const withDrafts = createApp({
      catalogue: smallCatalogue,
      settings,
      extraRoutes: (a: Hono) => {
        a.post('/api/drafts', async (c) => c.json({ got: (await c.req.text()).length }, 201))
        a.get('/api/drafts/:id', (c) => {
          throw new ApiError(404, 'draft_not_found', `No draft has the id "${c.req.param('id')}".`)
        })
      },
    })
    const ok = await withDrafts.request('/api/drafts', { method: 'POST', body: 'x'.repeat(500) })
    expect(ok.status).toBe(201)
    expect(await ok.json()).toEqual({ got: 500 })
    expect((await withDrafts.request('/api/drafts', { method: 'POST', body: 'x'.repeat(5000) })).status).toBe(413)
    const missing = await withDrafts.request('/api/drafts/abc')
    expect(missing.status).toBe(404)
    expect((await missing.json()).error.code).toBe('draft_not_found')
  })

  it('leaves routes with their own body limit to apply it', async () => {
    const big = createApp({
      catalogue: smallCatalogue,
      settings,
      ownBodyLimit: ['/api/drafts'],
      extraRoutes: (a: Hono) => {
        a.post('/api/drafts', async (c) => c.json({ got: (await c.req.text()).length }, 201))
        a.post('/api/applications', async (c) => c.json({ got: (await c.req.text()).length }, 201))
      },
    })
    expect((await big.request('/api/drafts', { method: 'POST', body: 'x'.repeat(5000) })).status).toBe(201)
    expect((await big.request('/api/applications', { method: 'POST', body: 'x'.repeat(5000) })).status).toBe(413)
  })

  it('hides the details of unexpected errors behind a 500', async () => {
    const broken = createApp({
      catalogue: smallCatalogue,
      settings,
      extraRoutes: (a: Hono) => a.get('/api/broken', () => { throw new Error('database password is hunter2') }),
    })
    const original = console.error
    console.error = () => {}
    try {
      const res = await broken.request('/api/broken')
      expect(res.status).toBe(500)
      expect(await res.text()).not.toContain('hunter2')
    } finally {
      console.error = original
    }
  })
})

describe('security headers', () => {
  it('sends a CSP without unsafe-eval or inline scripts, allowing blob: workers and data:/blob: images', async () => {
    const res = await app.request('/api/matters')
    const csp = res.headers.get('content-security-policy') ?? ''
    expect(csp).not.toContain('unsafe-eval')
    expect(csp).not.toContain('unsafe-inline')
    expect(csp).toContain("script-src 'self'")
    expect(csp).toContain("img-src 'self' data: blob:")
    expect(csp).toContain("worker-src 'self' blob:")
    expect(res.headers.get('x-content-type-options')).toBe('nosniff')
    expect(res.headers.get('x-frame-options')).toBe('SAMEORIGIN')
    expect(res.headers.get('referrer-policy')).toBe('strict-origin-when-cross-origin')
  })

  it('sends them on errors too', async () => {
    const res = await app.request('/api/matters/nope')
    expect(res.headers.get('content-security-policy')).toContain("default-src 'self'")
  })
})

describe('the built client', () => {
  const dir = mkdtempSync(join(tmpdir(), 'client-'))
  mkdirSync(join(dir, 'assets'))
  writeFileSync(join(dir, 'index.html'), '<!doctype html><title>江川</title><script type="module" src="/assets/index-B1x9Qz7a.js"></script>')
  writeFileSync(join(dir, 'assets', 'index-B1x9Qz7a.js'), 'console.log(1)')
  writeFileSync(join(dir, 'favicon.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>')
  const web = createApp({ catalogue: smallCatalogue, settings, clientDir: dir })

  it('serves hashed assets with a year of immutable caching', async () => {
    const res = await web.request('/assets/index-B1x9Qz7a.js')
    expect(res.status).toBe(200)
    expect(await res.text()).toBe('console.log(1)')
    expect(res.headers.get('cache-control')).toBe('public, max-age=31536000, immutable')
  })

  it('serves unhashed files and index.html to be revalidated', async () => {
    expect((await web.request('/favicon.svg')).headers.get('cache-control')).toBe('no-cache')
    const root = await web.request('/')
    expect(await root.text()).toContain('<title>江川</title>')
    expect(root.headers.get('cache-control')).toBe('no-cache')
  })

  it('falls back to index.html for client routes, with the CSP', async () => {
    const res = await web.request('/scenes/open-restaurant')
    expect(res.status).toBe(200)
    expect(res.headers.get('content-type')).toContain('text/html')
    expect(await res.text()).toContain('<title>江川</title>')
    expect(res.headers.get('content-security-policy')).not.toContain('unsafe-eval')
  })

  it('keeps API paths as JSON 404s, and the API routes working', async () => {
    const res = await web.request('/api/unknown')
    expect(res.status).toBe(404)
    expect((await res.json()).error.code).toBe('not_found')
    expect((await web.request('/api/matters')).status).toBe(200)
  })

  it('does not serve files outside the client folder', async () => {
    const res = await web.request('/../package.json')
    expect(await res.text()).not.toContain('"name"')
  })

  it('answers 404 JSON outside /api when no client is built', async () => {
    const res = await app.request('/scenes/open-restaurant')
    expect(res.status).toBe(404)
    expect((await res.json()).error.code).toBe('not_found')
  })
})
