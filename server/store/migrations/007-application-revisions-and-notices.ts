import type { Migration } from './migration.ts'

/**
 * Pre-review (预审) keeps what the citizen sent each time: every submission of an application is a
 * revision (the first one copied from the application), and every request for corrections is a notice
 * listing all its items at once (一次性告知). Both are records of what happened: append-only.
 */
export const applicationRevisionsAndNotices: Migration = {
  version: 7,
  name: 'application-revisions-and-notices',
  sqlite: `
    ALTER TABLE applications ADD COLUMN revision INTEGER NOT NULL DEFAULT 1;
    CREATE TABLE application_revisions (
      application_id TEXT NOT NULL REFERENCES applications (id),
      revision INTEGER NOT NULL,
      data TEXT NOT NULL,
      materials TEXT NOT NULL,
      submitted_at INTEGER NOT NULL,
      PRIMARY KEY (application_id, revision)
    );
    INSERT INTO application_revisions (application_id, revision, data, materials, submitted_at)
      SELECT id, 1, data, '{}', submitted_at FROM applications;
    CREATE TABLE correction_notices (
      application_id TEXT NOT NULL REFERENCES applications (id),
      round INTEGER NOT NULL,
      on_revision INTEGER NOT NULL,
      items TEXT NOT NULL,
      note TEXT,
      requested_at INTEGER NOT NULL,
      requested_by TEXT NOT NULL,
      PRIMARY KEY (application_id, round)
    );
    CREATE TRIGGER application_revisions_no_update BEFORE UPDATE ON application_revisions
    BEGIN SELECT RAISE(ABORT, 'application revisions are append-only'); END;
    CREATE TRIGGER application_revisions_no_delete BEFORE DELETE ON application_revisions
    BEGIN SELECT RAISE(ABORT, 'application revisions are append-only'); END;
    CREATE TRIGGER correction_notices_no_update BEFORE UPDATE ON correction_notices
    BEGIN SELECT RAISE(ABORT, 'correction notices are append-only'); END;
    CREATE TRIGGER correction_notices_no_delete BEFORE DELETE ON correction_notices
    BEGIN SELECT RAISE(ABORT, 'correction notices are append-only'); END;
  `,
  postgres: `
    ALTER TABLE applications ADD COLUMN revision INTEGER NOT NULL DEFAULT 1;
    CREATE TABLE application_revisions (
      application_id TEXT NOT NULL REFERENCES applications (id),
      revision INTEGER NOT NULL,
      data JSONB NOT NULL,
      materials JSONB NOT NULL,
      submitted_at TIMESTAMPTZ NOT NULL,
      PRIMARY KEY (application_id, revision)
    );
    INSERT INTO application_revisions (application_id, revision, data, materials, submitted_at)
      SELECT id, 1, data, '{}'::jsonb, submitted_at FROM applications;
    CREATE TABLE correction_notices (
      application_id TEXT NOT NULL REFERENCES applications (id),
      round INTEGER NOT NULL,
      on_revision INTEGER NOT NULL,
      items JSONB NOT NULL,
      note TEXT,
      requested_at TIMESTAMPTZ NOT NULL,
      requested_by TEXT NOT NULL,
      PRIMARY KEY (application_id, round)
    );
    CREATE FUNCTION review_records_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN RAISE EXCEPTION '% is append-only', TG_TABLE_NAME; END $$;
    CREATE TRIGGER application_revisions_append_only BEFORE UPDATE OR DELETE ON application_revisions
    FOR EACH ROW EXECUTE FUNCTION review_records_append_only();
    CREATE TRIGGER correction_notices_append_only BEFORE UPDATE OR DELETE ON correction_notices
    FOR EACH ROW EXECUTE FUNCTION review_records_append_only();
  `,
}
