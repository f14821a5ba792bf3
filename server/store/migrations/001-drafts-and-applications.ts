import { bothDialects } from './dialect.ts'

/** Drafts, applications, their status history and the per-year application number sequence. */
export const draftsAndApplications = bothDialects(1, 'drafts-and-applications', (d) => `
    CREATE TABLE drafts (
      id TEXT PRIMARY KEY,
      token_hash TEXT NOT NULL UNIQUE,
      token_sealed TEXT NOT NULL,
      resume_code_hash TEXT NOT NULL UNIQUE,
      resume_code_sealed TEXT NOT NULL,
      form_id TEXT NOT NULL,
      form_version INTEGER NOT NULL,
      data ${d.json} NOT NULL,
      position TEXT,
      revision INTEGER NOT NULL,
      expires_at ${d.time} NOT NULL,
      created_at ${d.time} NOT NULL,
      updated_at ${d.time} NOT NULL
    );
    CREATE INDEX drafts_by_expiry ON drafts (expires_at);
    CREATE TABLE applications (
      id TEXT PRIMARY KEY,
      number TEXT NOT NULL UNIQUE,
      draft_token_hash TEXT UNIQUE,
      form_id TEXT NOT NULL,
      form_version INTEGER NOT NULL,
      matter_id TEXT NOT NULL,
      data ${d.json} NOT NULL,
      id_lookup_hash TEXT,
      status TEXT NOT NULL,
      submitted_at ${d.time} NOT NULL
    );
    CREATE TABLE application_status (
      seq ${d.serialKey},
      application_id TEXT NOT NULL REFERENCES applications (id),
      at ${d.time} NOT NULL,
      actor TEXT NOT NULL,
      status TEXT NOT NULL,
      note TEXT
    );
    CREATE INDEX application_status_by_application ON application_status (application_id, seq);
    CREATE TABLE application_sequences (year INTEGER PRIMARY KEY, last INTEGER NOT NULL);
  `)
