import { Hono, type MiddlewareHandler } from 'hono'
import type { KioskConfig } from '../../core/api/kiosk.ts'
import type { KioskSettings } from '../kiosk/settings.ts'

/** The kiosk's settings as the browser reads them from GET /api/kiosk/config. */

export function kioskConfig(settings: KioskSettings): KioskConfig {
  return {
    idleSeconds: settings.kioskIdleSeconds,
    warningSeconds: settings.kioskWarningSeconds,
    paper: settings.kioskPaper,
    reloadHours: settings.kioskReloadHours,
    handoffTtlMinutes: settings.handoffTtlMinutes,
  }
}

/**
 * Mounted under /api/kiosk. GET /config: the timers and paper the kiosk page runs with. POST /reset:
 * answers `Clear-Site-Data` so the browser drops its cache, cookies and storage for this site between
 * two visitors (the page clears its own state too: the header works only in secure contexts).
 *
 * @example app.route('/api/kiosk', kioskRoutes(loadKioskSettings()))
 */
export function kioskRoutes(settings: KioskSettings): Hono {
  const app = new Hono()
  app.get('/config', (c) => c.json(kioskConfig(settings), 200, { 'Cache-Control': 'no-store' }))
  app.post('/reset', (c) => c.body(null, 204, { 'Clear-Site-Data': '"cache", "cookies", "storage"', 'Cache-Control': 'no-store' }))
  return app
}

/**
 * With KIOSK_MODE=true, `/` opens the kiosk. Mount it before the client files: `app.get('/', kioskHome(kiosk))`.
 */
export function kioskHome(settings: Pick<KioskSettings, 'kioskMode'>): MiddlewareHandler {
  return async (c, next) => {
    if (!settings.kioskMode) return next()
    return c.redirect('/kiosk', 302)
  }
}
