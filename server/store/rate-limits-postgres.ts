import { windowMs, type RateLimitStore } from '../http/rate-limit.ts'
import { openMigratedPool, type PostgresOptions } from './postgres.ts'

/**
 * Rate-limit windows in the `rate_limits` table, shared by every server instance on the database, so
 * N instances give a client one budget, not N. One statement per request counts and reads the window
 * atomically. Clients are stored as a keyed hash (`hashClient`), never as addresses.
 *
 * @example const limits = await openPostgresRateLimits({ connectionString }, (ip) => cipher.hash('rate-limit', ip))
 */
export async function openPostgresRateLimits(options: PostgresOptions, hashClient: (client: string) => string): Promise<RateLimitStore & { close(): Promise<void> }> {
  const pool = await openMigratedPool(options, 4)
  return {
    async take(bucket, client, now) {
      const { rows } = await pool.query<{ count: number; window_start: Date }>(
        `INSERT INTO rate_limits (bucket, client, window_start, count) VALUES ($1, $2, $3, 1)
         ON CONFLICT (bucket, client) DO UPDATE SET
           count = CASE WHEN rate_limits.window_start <= $3::timestamptz - $4 * interval '1 millisecond' THEN 1 ELSE rate_limits.count + 1 END,
           window_start = CASE WHEN rate_limits.window_start <= $3::timestamptz - $4 * interval '1 millisecond' THEN $3 ELSE rate_limits.window_start END
         RETURNING count, window_start`,
        [bucket, hashClient(client), now, windowMs],
      )
      return { count: rows[0]!.count, windowStart: new Date(rows[0]!.window_start) }
    },
    async purge(now) {
      return (await pool.query('DELETE FROM rate_limits WHERE window_start <= $1', [new Date(now.getTime() - windowMs)])).rowCount ?? 0
    },
    async close() {
      await pool.end()
    },
  }
}
