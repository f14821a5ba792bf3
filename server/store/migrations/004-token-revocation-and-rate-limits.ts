import type { Migration } from './migration.ts'

/**
 * Staff tokens can be revoked (and a new token for the same person revokes the earlier ones), and on
 * PostgreSQL the rate-limit windows live in one table every server instance shares. With SQLite there
 * is one instance, which keeps its windows in memory.
 */
export const tokenRevocationAndRateLimits: Migration = {
  version: 4,
  name: 'token-revocation-and-rate-limits',
  sqlite: `
    ALTER TABLE staff_tokens ADD COLUMN revoked_at INTEGER;
  `,
  postgres: `
    ALTER TABLE staff_tokens ADD COLUMN revoked_at TIMESTAMPTZ;
    CREATE TABLE rate_limits (
      bucket TEXT NOT NULL,
      client TEXT NOT NULL,
      window_start TIMESTAMPTZ NOT NULL,
      count INTEGER NOT NULL,
      PRIMARY KEY (bucket, client)
    );
    CREATE INDEX rate_limits_by_window ON rate_limits (window_start);
  `,
}
