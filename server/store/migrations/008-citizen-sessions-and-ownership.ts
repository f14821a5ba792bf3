import type { Migration } from './migration.ts'

/**
 * Signed-in citizens (issue 19): their sessions, and which drafts are theirs. Ownership is kept by the
 * draft's token hash, which the application made from the draft keeps too (applications.draft_token_hash),
 * so a submitted draft stays the citizen's without a write at submit time. The citizen is a keyed hash
 * of the identity service's issuer and subject; names and ID numbers stay sealed in the session.
 */
export const citizenSessionsAndOwnership: Migration = {
  version: 8,
  name: 'citizen-sessions-and-ownership',
  sqlite: `
    CREATE TABLE citizen_sessions (
      id_hash TEXT PRIMARY KEY,
      citizen TEXT NOT NULL,
      citizen_sealed TEXT NOT NULL,
      id_token_sealed TEXT,
      created_at INTEGER NOT NULL,
      expires_at INTEGER NOT NULL
    );
    CREATE INDEX citizen_sessions_by_expiry ON citizen_sessions (expires_at);
    CREATE TABLE citizen_drafts (
      token_hash TEXT PRIMARY KEY,
      citizen TEXT NOT NULL,
      adopted_at INTEGER NOT NULL
    );
    CREATE INDEX citizen_drafts_by_citizen ON citizen_drafts (citizen);
  `,
  postgres: `
    CREATE TABLE citizen_sessions (
      id_hash TEXT PRIMARY KEY,
      citizen TEXT NOT NULL,
      citizen_sealed TEXT NOT NULL,
      id_token_sealed TEXT,
      created_at TIMESTAMPTZ NOT NULL,
      expires_at TIMESTAMPTZ NOT NULL
    );
    CREATE INDEX citizen_sessions_by_expiry ON citizen_sessions (expires_at);
    CREATE TABLE citizen_drafts (
      token_hash TEXT PRIMARY KEY,
      citizen TEXT NOT NULL,
      adopted_at TIMESTAMPTZ NOT NULL
    );
    CREATE INDEX citizen_drafts_by_citizen ON citizen_drafts (citizen);
  `,
}
