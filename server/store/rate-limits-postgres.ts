import type { RateLimitStore } from '../http/rate-limit.ts'
import type { PostgresDatabase } from './postgres-database.ts'

/**
 * Rate-limit buckets in the `rate_limits` table, shared by every server instance on the database, so
 * N instances give a client one budget, not N. One statement per request applies the GCRA step of
 * server/http/rate-limit.ts (`gcra`) atomically under the row's lock. Clients are stored as a keyed
 * hash (`hashClient`), never as addresses.
 *
 * @example const limits = postgresRateLimits(database, (ip) => cipher.hash('rate-limit', ip))
 */
export function postgresRateLimits({ pool }: PostgresDatabase, hashClient: (client: string) => string): RateLimitStore {
  return {
    async take(bucket, client, now, budget) {
      const interval = 60_000 / budget.perMinute
      // next = greatest(full_at, now) + interval; allowed when next <= now + burst * interval.
      const { rows } = await pool.query<{ allowed: boolean; full_at: Date }>(
        `INSERT INTO rate_limits AS r (bucket, client, full_at, allowed) VALUES ($1, $2, $3::timestamptz + $4 * interval '1 millisecond', true)
         ON CONFLICT (bucket, client) DO UPDATE SET
           allowed = greatest(r.full_at, $3::timestamptz) + $4 * interval '1 millisecond' <= $3::timestamptz + $5 * $4 * interval '1 millisecond',
           full_at = CASE WHEN greatest(r.full_at, $3::timestamptz) + $4 * interval '1 millisecond' <= $3::timestamptz + $5 * $4 * interval '1 millisecond'
                          THEN greatest(r.full_at, $3::timestamptz) + $4 * interval '1 millisecond' ELSE r.full_at END
         RETURNING allowed, full_at`,
        [bucket, hashClient(client), now, interval, budget.burst],
      )
      const row = rows[0]!
      if (row.allowed) return { allowed: true }
      return { allowed: false, retryAfterMs: new Date(row.full_at).getTime() + interval - (now.getTime() + budget.burst * interval) }
    },
    async purge(now) {
      return (await pool.query('DELETE FROM rate_limits WHERE full_at <= $1', [now])).rowCount ?? 0
    },
  }
}
