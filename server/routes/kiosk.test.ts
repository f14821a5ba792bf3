import { Hono } from 'hono'
import { describe, expect, it } from 'vitest'
import { onError } from '../http/on-error.ts'
import { loadKioskSettings } from '../kiosk/settings.ts'
import { kioskHome, kioskRoutes } from './kiosk.ts'

function appWith(env: Record<string, string>) {
  const settings = loadKioskSettings(env)
  const app = new Hono()
  app.onError(onError)
  app.get('/', kioskHome(settings))
  app.route('/api/kiosk', kioskRoutes(settings))
  app.get('*', (c) => c.text('the client'))
  return app
}

describe('kiosk routes', () => {
  it('gives the kiosk page its timers, paper and hand-off lifetime, never cached', async () => {
    const res = await appWith({ KIOSK_IDLE_SECONDS: '3', KIOSK_PAPER: '80mm' }).request('/api/kiosk/config')
    expect(res.headers.get('cache-control')).toBe('no-store')
    expect(await res.json()).toEqual({ idleSeconds: 3, warningSeconds: 30, paper: '80mm', reloadHours: 24, handoffTtlMinutes: 15 })
  })

  it('asks the browser to clear its cache, cookies and storage on reset', async () => {
    const res = await appWith({}).request('/api/kiosk/reset', { method: 'POST' })
    expect(res.status).toBe(204)
    expect(res.headers.get('clear-site-data')).toBe('"cache", "cookies", "storage"')
  })

  it('opens the kiosk at / only when KIOSK_MODE is on', async () => {
    const kiosk = await appWith({ KIOSK_MODE: 'true' }).request('/')
    expect(kiosk.status).toBe(302)
    expect(kiosk.headers.get('location')).toBe('/kiosk')
    expect(await (await appWith({}).request('/')).text()).toBe('the client')
    expect(await (await appWith({ KIOSK_MODE: 'true' }).request('/matters/x')).text()).toBe('the client')
  })
})
