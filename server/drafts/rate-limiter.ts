import { ApiError } from '../http/api-error.ts'

/** The verdict for one request: allowed, or refused with the seconds until the window reopens. */
export type RateVerdict = { allowed: true } | { allowed: false; retryAfterSeconds: number }

/**
 * A fixed one-minute window per client key (the client's IP address), kept in memory: enough to
 * make guessing application numbers or resume codes slow. With several server instances each counts
 * alone, so the effective limit is multiplied by the number of instances.
 */
export function createRateLimiter(perMinute: number, clock: () => Date): (key: string) => RateVerdict {
  const windows = new Map<string, { start: number; count: number }>()
  return (key) => {
    const now = clock().getTime()
    if (windows.size > 10_000) for (const [k, w] of windows) if (now - w.start >= 60_000) windows.delete(k)
    const window = windows.get(key)
    if (!window || now - window.start >= 60_000) {
      windows.set(key, { start: now, count: 1 })
      return { allowed: true }
    }
    if (window.count >= perMinute) return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil((window.start + 60_000 - now) / 1000)) }
    window.count++
    return { allowed: true }
  }
}

/** 429 with Retry-After, in the usual error shape. */
export function tooManyAttempts(retryAfterSeconds: number): ApiError {
  return new ApiError(429, 'too_many_attempts', `Too many attempts from this connection. Wait ${retryAfterSeconds} seconds and try again.`, { retryAfterSeconds }, {
    'Retry-After': String(retryAfterSeconds),
  })
}
