import { Hono } from 'hono'
import QRCode from 'qrcode'
import { z } from 'zod'
import { limiterFor, type ClientLimits } from '../http/rate-limit.ts'
import { readJsonBody } from '../http/json-body.ts'
import { findLicence, verifyLicenceFile, viewLicence, type LicenceDeps } from '../licences/licence-service.ts'

export const VerifyLicenceBody = z.object({ jws: z.string().min(1).max(20_000).describe('the licence file\'s content: a compact JWS') }).strict()

/**
 * Checking electronic licences, mounted under /api/licences, for anyone and without signing in: a licence by
 * its id (the QR code's /verify/<id>), its QR code, and a licence file someone holds. Each answer shows what
 * the licence shows and whether it is genuine, current, expired or revoked: never whose application it was.
 *
 * @example app.route('/api/licences', licenceRoutes({ ...licences, limits, ratePerMinute: 30 }))
 */
export function licenceRoutes(deps: LicenceDeps & { limits: ClientLimits; ratePerMinute: number }): Hono {
  const limit = limiterFor(deps.limits, deps.clock)('licence-verify', deps.ratePerMinute)
  const app = new Hono()
  app.use(async (c, next) => {
    c.header('Cache-Control', 'no-store') // a revocation must show at once
    await next()
  })

  app.get('/:id', async (c) => {
    await limit(c)
    return c.json(await viewLicence(deps, await findLicence(deps, c.req.param('id'))))
  })

  app.get('/:id/qr.svg', async (c) => {
    const licence = await findLicence(deps, c.req.param('id'))
    const svg = await QRCode.toString(new URL(`/verify/${licence.id}`, deps.publicOrigin).href, { type: 'svg', errorCorrectionLevel: 'M', margin: 2 })
    return c.body(svg, 200, { 'Content-Type': 'image/svg+xml; charset=utf-8' })
  })

  app.post('/verify', async (c) => {
    await limit(c)
    const { jws } = await readJsonBody(c, VerifyLicenceBody)
    return c.json(await verifyLicenceFile(deps, jws))
  })
  return app
}
