import type { MiddlewareHandler } from 'hono'
import { secureHeaders } from 'hono/secure-headers'

/**
 * The CSP the client is built for. No 'unsafe-eval' and no inline scripts or styles: Vite emits
 * script and CSS files, and Svelte sets dynamic styles through the CSSOM, which CSP does not block.
 * Pixi loads textures in blob: workers and draws data:/blob: images.
 */
export const contentSecurityPolicy = {
  defaultSrc: ["'self'"],
  scriptSrc: ["'self'"],
  styleSrc: ["'self'"],
  imgSrc: ["'self'", 'data:', 'blob:'],
  fontSrc: ["'self'", 'data:'],
  connectSrc: ["'self'", 'data:', 'blob:'],
  workerSrc: ["'self'", 'blob:'],
  objectSrc: ["'none'"],
  baseUri: ["'self'"],
  formAction: ["'self'"],
  frameAncestors: ["'none'"],
}

/**
 * hono/secure-headers with our CSP; applied to every response, API and client alike. A response that
 * sets one of these headers itself keeps its own: an old draft link's page sends no Referer at all
 * (static-files.ts).
 */
export function securityHeaders(): MiddlewareHandler {
  return secureHeaders({
    overwrite: false,
    contentSecurityPolicy,
    referrerPolicy: 'strict-origin-when-cross-origin',
    permissionsPolicy: { camera: [], microphone: [], geolocation: [] },
  })
}
