import type { Migration } from './migration.ts'

/**
 * Phone hand-offs (a code that opens a draft or a journey's result on another device), beside the
 * drafts. Versions before this one created the table themselves: on PostgreSQL in this same schema,
 * hence IF NOT EXISTS; on SQLite in a file of their own, which legacy-handoffs.ts copies in.
 */
export const handoffs: Migration = {
  version: 5,
  name: 'handoffs',
  sqlite: `
    CREATE TABLE IF NOT EXISTS handoffs (
      code_hash TEXT PRIMARY KEY,
      kind TEXT NOT NULL CHECK (kind IN ('draft', 'result')),
      target_sealed TEXT NOT NULL,
      created_at INTEGER NOT NULL,
      expires_at INTEGER NOT NULL,
      revoked_at INTEGER
    );
    CREATE INDEX IF NOT EXISTS handoffs_by_expiry ON handoffs (expires_at);
  `,
  postgres: `
    CREATE TABLE IF NOT EXISTS handoffs (
      code_hash TEXT PRIMARY KEY,
      kind TEXT NOT NULL CHECK (kind IN ('draft', 'result')),
      target_sealed TEXT NOT NULL,
      created_at TIMESTAMPTZ NOT NULL,
      expires_at TIMESTAMPTZ NOT NULL,
      revoked_at TIMESTAMPTZ
    );
    CREATE INDEX IF NOT EXISTS handoffs_by_expiry ON handoffs (expires_at);
  `,
}
