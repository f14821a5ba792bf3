import type { Migration } from './migration.ts'

/**
 * Evaluations (好差评), cases staff must answer (follow-ups of bad reviews, consultations, complaints,
 * suggestions), anonymous journey events, staff tokens, and the append-only audit log.
 */
export const feedbackAndAudit: Migration = {
  version: 3,
  name: 'feedback-and-audit',
  sqlite: `
    CREATE TABLE evaluations (
      id TEXT PRIMARY KEY,
      application_number TEXT,
      matter_id TEXT,
      department_id TEXT,
      scene_id TEXT,
      overall INTEGER NOT NULL CHECK (overall BETWEEN 1 AND 5),
      efficiency INTEGER, guide_accuracy INTEGER, convenience INTEGER, usability INTEGER,
      comment_sealed TEXT,
      created_at INTEGER NOT NULL,
      UNIQUE (application_number, matter_id)
    );
    CREATE TABLE cases (
      number TEXT PRIMARY KEY,
      kind TEXT NOT NULL CHECK (kind IN ('follow-up', 'consultation', 'complaint', 'suggestion')),
      password_hash TEXT NOT NULL,
      matter_id TEXT,
      evaluation_id TEXT REFERENCES evaluations (id),
      text_sealed TEXT,
      status TEXT NOT NULL CHECK (status IN ('open', 'answered')),
      opened_at INTEGER NOT NULL,
      due_date TEXT NOT NULL,
      answer TEXT,
      answered_at INTEGER,
      answered_by TEXT,
      answer_grade INTEGER,
      faq_question TEXT,
      faq_published INTEGER NOT NULL DEFAULT 0
    );
    CREATE INDEX cases_by_status ON cases (status, due_date);
    CREATE INDEX cases_faq ON cases (matter_id) WHERE faq_published = 1;
    CREATE TABLE journey_events (
      seq INTEGER PRIMARY KEY AUTOINCREMENT,
      day TEXT NOT NULL,
      kind TEXT NOT NULL,
      scene TEXT NOT NULL,
      step TEXT NOT NULL,
      outcome TEXT
    );
    CREATE TABLE staff_tokens (
      id TEXT PRIMARY KEY,
      name TEXT NOT NULL,
      token_hash TEXT NOT NULL UNIQUE,
      created_at INTEGER NOT NULL,
      expires_at INTEGER NOT NULL
    );
    CREATE TABLE audit_log (
      seq INTEGER PRIMARY KEY AUTOINCREMENT,
      at INTEGER NOT NULL,
      actor TEXT NOT NULL,
      action TEXT NOT NULL,
      subject TEXT NOT NULL,
      before TEXT,
      after TEXT
    );
    CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
    BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
    CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
    BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
  `,
  postgres: `
    CREATE TABLE evaluations (
      id TEXT PRIMARY KEY,
      application_number TEXT,
      matter_id TEXT,
      department_id TEXT,
      scene_id TEXT,
      overall INTEGER NOT NULL CHECK (overall BETWEEN 1 AND 5),
      efficiency INTEGER, guide_accuracy INTEGER, convenience INTEGER, usability INTEGER,
      comment_sealed TEXT,
      created_at TIMESTAMPTZ NOT NULL,
      UNIQUE (application_number, matter_id)
    );
    CREATE TABLE cases (
      number TEXT PRIMARY KEY,
      kind TEXT NOT NULL CHECK (kind IN ('follow-up', 'consultation', 'complaint', 'suggestion')),
      password_hash TEXT NOT NULL,
      matter_id TEXT,
      evaluation_id TEXT REFERENCES evaluations (id),
      text_sealed TEXT,
      status TEXT NOT NULL CHECK (status IN ('open', 'answered')),
      opened_at TIMESTAMPTZ NOT NULL,
      due_date TEXT NOT NULL,
      answer TEXT,
      answered_at TIMESTAMPTZ,
      answered_by TEXT,
      answer_grade INTEGER,
      faq_question TEXT,
      faq_published BOOLEAN NOT NULL DEFAULT false
    );
    CREATE INDEX cases_by_status ON cases (status, due_date);
    CREATE INDEX cases_faq ON cases (matter_id) WHERE faq_published;
    CREATE TABLE journey_events (
      seq BIGSERIAL PRIMARY KEY,
      day TEXT NOT NULL,
      kind TEXT NOT NULL,
      scene TEXT NOT NULL,
      step TEXT NOT NULL,
      outcome TEXT
    );
    CREATE TABLE staff_tokens (
      id TEXT PRIMARY KEY,
      name TEXT NOT NULL,
      token_hash TEXT NOT NULL UNIQUE,
      created_at TIMESTAMPTZ NOT NULL,
      expires_at TIMESTAMPTZ NOT NULL
    );
    CREATE TABLE audit_log (
      seq BIGSERIAL PRIMARY KEY,
      at TIMESTAMPTZ NOT NULL,
      actor TEXT NOT NULL,
      action TEXT NOT NULL,
      subject TEXT NOT NULL,
      before JSONB,
      after JSONB
    );
    CREATE FUNCTION audit_log_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN RAISE EXCEPTION 'the audit log is append-only'; END $$;
    CREATE TRIGGER audit_log_append_only BEFORE UPDATE OR DELETE ON audit_log
    FOR EACH ROW EXECUTE FUNCTION audit_log_append_only();
  `,
}
