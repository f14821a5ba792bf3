import type { Migration } from './migration.ts'

/** The status history is a record of what happened: the database itself refuses edits and deletions. */
export const appendOnlyStatusHistory: Migration = {
  version: 2,
  name: 'append-only-status-history',
  sqlite: `
    CREATE TRIGGER application_status_no_update BEFORE UPDATE ON application_status
    BEGIN SELECT RAISE(ABORT, 'the application status history is append-only'); END;
    CREATE TRIGGER application_status_no_delete BEFORE DELETE ON application_status
    BEGIN SELECT RAISE(ABORT, 'the application status history is append-only'); END;
  `,
  postgres: `
    CREATE FUNCTION application_status_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN RAISE EXCEPTION 'the application status history is append-only'; END $$;
    CREATE TRIGGER application_status_append_only BEFORE UPDATE OR DELETE ON application_status
    FOR EACH ROW EXECUTE FUNCTION application_status_append_only();
  `,
}
