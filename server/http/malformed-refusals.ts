import type { MiddlewareHandler } from 'hono'
import { ApiError } from './api-error.ts'
import { rateLimit, type ClientLimits } from './rate-limit.ts'

/** Refusals of requests that are not what the API takes, made before any work: the product's own pages never cause them. */
const malformed = new Set(['payload_too_large', 'unsupported_media_type', 'malformed_json', 'invalid_request', 'bad_query', 'cross_site_request'])

/**
 * Holds a client's refusals of malformed requests (too large, not JSON, too deep, unknown keys...) once
 * it has had `perMinute` of them in a minute, as a rate limit's refusals are held (refusal-hold.ts).
 * Each is cheap, but a client sending them back to back without pause would make the server do
 * nothing else; the first ones of a minute are answered at once, so a person whose page sent a bad
 * request now and then never waits. Mount it before everything that can refuse a request.
 *
 * @example app.use('/api/*', holdMalformedRefusals(limits, clock))
 */
export function holdMalformedRefusals(limits: ClientLimits, clock: () => Date, perMinute = 60): MiddlewareHandler {
  const budget = rateLimit({ ...limits, bucket: 'malformed-requests', perMinute, clock })
  return async (c, next) => {
    await next()
    if (!(c.error instanceof ApiError) || !malformed.has(c.error.code)) return
    // The refusal is already in c.res; spending the budget only delays it (the 429 it throws is dropped).
    await budget(c).catch(() => undefined)
  }
}
