import type { Context } from 'hono'
import { ApiError } from './api-error.ts'

/** How many requests a client has made in its current one-minute window, after counting this one. */
export type WindowCount = { count: number; windowStart: Date }

/**
 * Where rate-limit windows live. With PostgreSQL every instance shares one table
 * (server/store/rate-limits-postgres.ts), so N instances give a client one budget, not N; with
 * SQLite (one instance) they live in this process (`memoryRateLimits`).
 */
export interface RateLimitStore {
  /** Counts one request of `client` in `bucket`; a window older than a minute starts again at 1. */
  take(bucket: string, client: string, now: Date): Promise<WindowCount>
  /** Forgets windows that ended before `now`; returns how many. */
  purge(now: Date): Promise<number>
}

export const windowMs = 60_000

/** Windows in a Map of this process. Old windows are dropped as the map grows. */
export function memoryRateLimits(): RateLimitStore {
  const windows = new Map<string, WindowCount>()
  const purge = async (now: Date) => {
    let n = 0
    for (const [k, w] of windows) if (now.getTime() - w.windowStart.getTime() >= windowMs) windows.delete(k) && n++
    return n
  }
  return {
    async take(bucket, client, now) {
      if (windows.size > 10_000) await purge(now)
      const key = `${bucket}\u0000${client}`
      const w = windows.get(key)
      const next = !w || now.getTime() - w.windowStart.getTime() >= windowMs ? { count: 1, windowStart: now } : { count: w.count + 1, windowStart: w.windowStart }
      windows.set(key, next)
      return next
    },
    purge,
  }
}

/** What one limit needs: the shared store, its bucket name, the budget, who the client is, and the clock. */
export type RateLimitOptions = {
  store: RateLimitStore
  bucket: string
  perMinute: number
  clientOf: (c: Context) => string
  clock: () => Date
}

/**
 * A per-client limit of `perMinute` requests in a fixed one-minute window. Call it first in a handler:
 * it throws a 429 with Retry-After, in the usual error shape, once the budget is spent. Two limits
 * with the same bucket name share one budget (application look-ups and evaluations do).
 *
 * @example const limit = rateLimit({ store, bucket: 'draft-create', perMinute: 20, clientOf, clock }); app.post('/', async (c) => { await limit(c); ... })
 */
export function rateLimit(options: RateLimitOptions): (c: Context) => Promise<void> {
  return async (c) => {
    const now = options.clock()
    const { count, windowStart } = await options.store.take(options.bucket, options.clientOf(c), now)
    if (count <= options.perMinute) return
    throw tooManyAttempts(Math.max(1, Math.ceil((windowStart.getTime() + windowMs - now.getTime()) / 1000)))
  }
}

/** 429 with Retry-After, in the usual error shape. */
export function tooManyAttempts(retryAfterSeconds: number): ApiError {
  return new ApiError(429, 'too_many_attempts', `Too many attempts from this connection. Wait ${retryAfterSeconds} seconds and try again.`, { retryAfterSeconds }, {
    'Retry-After': String(retryAfterSeconds),
  })
}

/** Where every limit of a process keeps its windows, and who a request's client is. */
export type ClientLimits = { store: RateLimitStore; clientOf: (c: Context) => string }

/**
 * The limits a service needs, from the process's shared ClientLimits and clock.
 *
 * @example const limit = limiterFor(deps.limits, deps.clock); const lookups = limit('application-lookup', 10)
 */
export function limiterFor(limits: ClientLimits, clock: () => Date): (bucket: string, perMinute: number) => (c: Context) => Promise<void> {
  return (bucket, perMinute) => rateLimit({ ...limits, bucket, perMinute, clock })
}
