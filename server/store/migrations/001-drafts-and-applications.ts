import type { Migration } from './migration.ts'

/** Drafts, applications, their status history and the per-year application number sequence. */
export const draftsAndApplications: Migration = {
  version: 1,
  name: 'drafts-and-applications',
  sqlite: `
    CREATE TABLE drafts (
      id TEXT PRIMARY KEY,
      token_hash TEXT NOT NULL UNIQUE,
      token_sealed TEXT NOT NULL,
      resume_code_hash TEXT NOT NULL UNIQUE,
      resume_code_sealed TEXT NOT NULL,
      form_id TEXT NOT NULL,
      form_version INTEGER NOT NULL,
      data TEXT NOT NULL,
      position TEXT,
      revision INTEGER NOT NULL,
      expires_at INTEGER NOT NULL,
      created_at INTEGER NOT NULL,
      updated_at INTEGER NOT NULL
    );
    CREATE INDEX drafts_by_expiry ON drafts (expires_at);
    CREATE TABLE applications (
      id TEXT PRIMARY KEY,
      number TEXT NOT NULL UNIQUE,
      draft_token_hash TEXT UNIQUE,
      form_id TEXT NOT NULL,
      form_version INTEGER NOT NULL,
      matter_id TEXT NOT NULL,
      data TEXT NOT NULL,
      id_lookup_hash TEXT,
      status TEXT NOT NULL,
      submitted_at INTEGER NOT NULL
    );
    CREATE TABLE application_status (
      seq INTEGER PRIMARY KEY AUTOINCREMENT,
      application_id TEXT NOT NULL REFERENCES applications (id),
      at INTEGER NOT NULL,
      actor TEXT NOT NULL,
      status TEXT NOT NULL,
      note TEXT
    );
    CREATE INDEX application_status_by_application ON application_status (application_id, seq);
    CREATE TABLE application_sequences (year INTEGER PRIMARY KEY, last INTEGER NOT NULL);
  `,
  postgres: `
    CREATE TABLE drafts (
      id TEXT PRIMARY KEY,
      token_hash TEXT NOT NULL UNIQUE,
      token_sealed TEXT NOT NULL,
      resume_code_hash TEXT NOT NULL UNIQUE,
      resume_code_sealed TEXT NOT NULL,
      form_id TEXT NOT NULL,
      form_version INTEGER NOT NULL,
      data JSONB NOT NULL,
      position TEXT,
      revision INTEGER NOT NULL,
      expires_at TIMESTAMPTZ NOT NULL,
      created_at TIMESTAMPTZ NOT NULL,
      updated_at TIMESTAMPTZ NOT NULL
    );
    CREATE INDEX drafts_by_expiry ON drafts (expires_at);
    CREATE TABLE applications (
      id TEXT PRIMARY KEY,
      number TEXT NOT NULL UNIQUE,
      draft_token_hash TEXT UNIQUE,
      form_id TEXT NOT NULL,
      form_version INTEGER NOT NULL,
      matter_id TEXT NOT NULL,
      data JSONB NOT NULL,
      id_lookup_hash TEXT,
      status TEXT NOT NULL,
      submitted_at TIMESTAMPTZ NOT NULL
    );
    CREATE TABLE application_status (
      seq BIGSERIAL PRIMARY KEY,
      application_id TEXT NOT NULL REFERENCES applications (id),
      at TIMESTAMPTZ NOT NULL,
      actor TEXT NOT NULL,
      status TEXT NOT NULL,
      note TEXT
    );
    CREATE INDEX application_status_by_application ON application_status (application_id, seq);
    CREATE TABLE application_sequences (year INTEGER PRIMARY KEY, last INTEGER NOT NULL);
  `,
}
