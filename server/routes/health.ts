import { Hono } from 'hono'
import type { Health } from '../openapi/api-schemas.ts'
import type { ServedContent } from './served-content.ts'

/** `GET /healthz`: for load balancers and the kiosk watchdog; never cached. */
export function healthRoutes(content: ServedContent): Hono {
  const { catalogue, version } = content
  const body: Health = {
    status: 'ok',
    content: { version, matters: catalogue.matters.length, scenes: catalogue.scenes.length, forms: catalogue.forms.length },
  }
  return new Hono().get('/', (c) => c.json(body, 200, { 'Cache-Control': 'no-store' }))
}
