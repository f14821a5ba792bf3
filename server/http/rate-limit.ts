import type { Context } from 'hono'
import { ApiError } from './api-error.ts'
import type { RefusalHold } from './refusal-hold.ts'

/**
 * A budget: `perMinute` requests a minute, refilled evenly (one every 60/perMinute seconds), of
 * which at most `burst` may come at once. This is a token bucket in its GCRA form, which keeps one
 * time per client: the time its bucket will be full again ("theoretical arrival time").
 */
export type Budget = { perMinute: number; burst: number }
/** Whether one more request fits the budget; if not, how long until one would. */
export type Verdict = { allowed: true } | { allowed: false; retryAfterMs: number }

/**
 * Where the buckets live. With PostgreSQL every instance shares one table
 * (server/store/rate-limits-postgres.ts), so N instances give a client one budget, not N; with SQLite
 * (one instance) they live in this process (`memoryRateLimits`). `take` must be atomic per bucket.
 */
export interface RateLimitStore {
  /** Counts one request of `client` against `bucket` if it fits the budget. */
  take(bucket: string, client: string, now: Date, budget: Budget): Promise<Verdict>
  /** Forgets buckets that are full again (they hold nothing a new one would not); returns how many. */
  purge(now: Date): Promise<number>
}

/**
 * The GCRA step, shared by every store: from the stored full-again time (or none), the new one and
 * the verdict. Each request moves the time on by one interval; a request that would move it further
 * than `burst` intervals ahead of now is refused and moves nothing.
 *
 * @example gcra(null, 0, { perMinute: 60, burst: 2 }) // { verdict: { allowed: true }, fullAt: 1000 }
 */
export function gcra(fullAt: number | null, now: number, budget: Budget): { verdict: Verdict; fullAt: number } {
  const interval = 60_000 / budget.perMinute
  const next = Math.max(fullAt ?? now, now) + interval
  const limit = now + budget.burst * interval
  if (next <= limit) return { verdict: { allowed: true }, fullAt: next }
  return { verdict: { allowed: false, retryAfterMs: next - limit }, fullAt: fullAt ?? now }
}

/** Buckets in a Map of this process. Full buckets are dropped as the map grows. */
export function memoryRateLimits(): RateLimitStore {
  const buckets = new Map<string, number>()
  const purge = async (now: Date) => {
    let n = 0
    for (const [k, fullAt] of buckets) if (fullAt <= now.getTime()) buckets.delete(k) && n++
    return n
  }
  return {
    async take(bucket, client, now, budget) {
      if (buckets.size > 10_000) await purge(now)
      const key = `${bucket}\u0000${client}`
      const { verdict, fullAt } = gcra(buckets.get(key) ?? null, now.getTime(), budget)
      buckets.set(key, fullAt)
      return verdict
    },
    purge,
  }
}

/**
 * Where every limit of a process keeps its buckets, who a request's client is, and how long a refusal
 * is held before it is answered (refusal-hold.ts; none when absent, as in most tests).
 */
export type ClientLimits = { store: RateLimitStore; clientOf: (c: Context) => string; hold?: RefusalHold }

/** What one limit needs: the shared store and client, its bucket name, its budget and the clock. */
export type RateLimitOptions = ClientLimits & { bucket: string; perMinute: number; burst?: number; clock: () => Date }

/**
 * A per-client limit: `perMinute` requests a minute, at most `burst` (by default all of them) at once.
 * Call it first in a handler: it throws a 429 with Retry-After, in the usual error shape, once the
 * budget is spent (after the process's refusal hold). Two limits with the same bucket name share one
 * budget (application look-ups and evaluations do).
 *
 * @example const limit = rateLimit({ ...limits, bucket: 'draft-create', perMinute: 20, clock }); app.post('/', async (c) => { await limit(c); ... })
 */
export function rateLimit(options: RateLimitOptions): (c: Context) => Promise<void> {
  const budget = { perMinute: options.perMinute, burst: Math.max(1, Math.min(options.burst ?? options.perMinute, options.perMinute)) }
  return async (c) => {
    const verdict = await options.store.take(options.bucket, options.clientOf(c), options.clock(), budget)
    if (verdict.allowed) return
    await options.hold?.(verdict.retryAfterMs)
    throw tooManyAttempts(Math.max(1, Math.ceil(verdict.retryAfterMs / 1000)))
  }
}

/**
 * The limits a service needs, from the process's shared ClientLimits and clock.
 *
 * @example const limit = limiterFor(deps.limits, deps.clock); const lookups = limit('application-lookup', 10)
 */
export function limiterFor(limits: ClientLimits, clock: () => Date): (bucket: string, perMinute: number, burst?: number) => (c: Context) => Promise<void> {
  return (bucket, perMinute, burst) => rateLimit({ ...limits, bucket, perMinute, ...(burst === undefined ? {} : { burst }), clock })
}

/** 429 with Retry-After, in the usual error shape. */
export function tooManyAttempts(retryAfterSeconds: number): ApiError {
  return new ApiError(429, 'too_many_attempts', `Too many attempts from this connection. Wait ${retryAfterSeconds} seconds and try again.`, { retryAfterSeconds }, {
    'Retry-After': String(retryAfterSeconds),
  })
}
