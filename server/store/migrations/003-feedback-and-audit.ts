import { bothDialects } from './dialect.ts'

/**
 * Evaluations (好差评), cases staff must answer (follow-ups of bad reviews, consultations, complaints,
 * suggestions), anonymous journey events, staff tokens, and the append-only audit log.
 */
export const feedbackAndAudit = bothDialects(3, 'feedback-and-audit', (d) => `
    CREATE TABLE evaluations (
      id TEXT PRIMARY KEY,
      application_number TEXT,
      matter_id TEXT,
      department_id TEXT,
      scene_id TEXT,
      overall INTEGER NOT NULL CHECK (overall BETWEEN 1 AND 5),
      efficiency INTEGER, guide_accuracy INTEGER, convenience INTEGER, usability INTEGER,
      comment_sealed TEXT,
      created_at ${d.time} NOT NULL,
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
      opened_at ${d.time} NOT NULL,
      due_date TEXT NOT NULL,
      answer TEXT,
      answered_at ${d.time},
      answered_by TEXT,
      answer_grade INTEGER,
      faq_question TEXT,
      faq_published ${d.bool} NOT NULL DEFAULT ${d.false}
    );
    CREATE INDEX cases_by_status ON cases (status, due_date);
    CREATE INDEX cases_faq ON cases (matter_id) WHERE ${d.isTrue('faq_published')};
    CREATE TABLE journey_events (
      seq ${d.serialKey},
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
      created_at ${d.time} NOT NULL,
      expires_at ${d.time} NOT NULL
    );
    CREATE TABLE audit_log (
      seq ${d.serialKey},
      at ${d.time} NOT NULL,
      actor TEXT NOT NULL,
      action TEXT NOT NULL,
      subject TEXT NOT NULL,
      before ${d.json},
      after ${d.json}
    );
    ${d.appendOnly('audit_log', 'the audit log is append-only')}
  `)
