import { Hono } from 'hono'
import { describe, expect, it } from 'vitest'
import { smallCatalogue } from '../../test/fixtures/catalogue-small.ts'
import { createApp } from '../app.ts'
import { loadKioskSettings } from '../kiosk/settings.ts'
import { kioskRoutes } from '../routes/kiosk.ts'
import { loadSettings } from '../settings.ts'

const settings = loadSettings({ PUBLIC_ORIGIN: 'https://lobby.example.gov.cn' })
const app = createApp({
  catalogue: smallCatalogue,
  settings,
  extraRoutes: (a: Hono) => {
    a.post('/api/tickets', (c) => c.json({ filed: true }, 201))
    a.route('/api/kiosk', kioskRoutes(loadKioskSettings({})))
  },
})
const post = (path: string, headers: Record<string, string>, body = '{"kind":"complaint"}') => app.request(path, { method: 'POST', headers, body })
const codeOf = async (res: Response) => ((await res.json()) as { error: { code: string } }).error.code

describe("another site's page cannot change anything in a visitor's browser", () => {
  it('refuses a write the browser marks as cross-site, even as JSON', async () => {
    const res = await post('/api/tickets', { 'Content-Type': 'application/json', 'Sec-Fetch-Site': 'cross-site', Origin: 'https://evil.example' })
    expect(res.status).toBe(403)
    expect(await codeOf(res)).toBe('cross_site_request')
  })

  it("refuses a write from another origin when the browser sends no Sec-Fetch-Site", async () => {
    expect((await post('/api/tickets', { 'Content-Type': 'application/json', Origin: 'https://evil.example' })).status).toBe(403)
    expect((await post('/api/tickets', { 'Content-Type': 'application/json', Origin: 'null' })).status).toBe(403)
  })

  it('refuses a form-encoded or plain-text body, which any site can post without asking, with 415', async () => {
    for (const type of ['application/x-www-form-urlencoded', 'text/plain', 'multipart/form-data; boundary=x']) {
      const res = await post('/api/tickets', { 'Content-Type': type, 'Content-Length': '20' })
      expect(res.status, type).toBe(415)
      expect(await codeOf(res)).toBe('unsupported_media_type')
    }
  })

  it("refuses another site's empty POST that would clear a kiosk (Clear-Site-Data)", async () => {
    const res = await app.request('/api/kiosk/reset', { method: 'POST', headers: { 'Sec-Fetch-Site': 'cross-site' } })
    expect(res.status).toBe(403)
    expect(res.headers.get('Clear-Site-Data')).toBeNull()
  })

  it("takes writes from the site's own pages, at PUBLIC_ORIGIN or the host they were sent to, and from clients that send no origin", async () => {
    const json = { 'Content-Type': 'application/json' }
    expect((await post('/api/tickets', { ...json, 'Sec-Fetch-Site': 'same-origin', Origin: 'https://lobby.example.gov.cn' })).status).toBe(201)
    expect((await app.request('http://10.0.0.5:8080/api/tickets', { method: 'POST', headers: { ...json, Origin: 'http://10.0.0.5:8080', Host: '10.0.0.5:8080' }, body: '{}' })).status).toBe(201)
    expect((await post('/api/tickets', json)).status).toBe(201)
    expect((await app.request('/api/kiosk/reset', { method: 'POST', headers: { 'Sec-Fetch-Site': 'same-origin' } })).status).toBe(204)
  })

  it('leaves reads alone: another site may link to a guide', async () => {
    expect((await app.request('/api/matters', { headers: { 'Sec-Fetch-Site': 'cross-site' } })).status).toBe(200)
  })
})
