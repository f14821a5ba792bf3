import type { Migration } from './migration.ts'

/**
 * Staff tokens can be revoked (and a new token for the same person revokes the earlier ones), and on
 * PostgreSQL the rate-limit buckets live in one table every server instance shares. With SQLite there
 * is one instance, which keeps its buckets in memory.
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
      full_at TIMESTAMPTZ NOT NULL,
      allowed BOOLEAN NOT NULL,
      PRIMARY KEY (bucket, client)
    );
    CREATE INDEX rate_limits_by_full_at ON rate_limits (full_at);
  `,
}
