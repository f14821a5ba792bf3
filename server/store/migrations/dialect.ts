import type { Migration } from './migration.ts'

/** What SQLite and PostgreSQL spell differently in a schema, so most migrations are written once. */
export type Dialect = {
  /** A point in time: epoch milliseconds in SQLite, TIMESTAMPTZ in PostgreSQL (see row-reader.ts). */
  time: string
  json: string
  bool: string
  false: string
  /** An ever-growing row number that orders entries. */
  serialKey: string
  /** A boolean column's truth, as an index predicate. */
  isTrue: (column: string) => string
  /** Triggers that make the database itself refuse to change or delete a table's rows. */
  appendOnly: (table: string, message: string) => string
}

const sqlite: Dialect = {
  time: 'INTEGER',
  json: 'TEXT',
  bool: 'INTEGER',
  false: '0',
  serialKey: 'INTEGER PRIMARY KEY AUTOINCREMENT',
  isTrue: (column) => `${column} = 1`,
  appendOnly: (table, message) => `
    CREATE TRIGGER ${table}_no_update BEFORE UPDATE ON ${table}
    BEGIN SELECT RAISE(ABORT, '${message}'); END;
    CREATE TRIGGER ${table}_no_delete BEFORE DELETE ON ${table}
    BEGIN SELECT RAISE(ABORT, '${message}'); END;`,
}

const postgres: Dialect = {
  time: 'TIMESTAMPTZ',
  json: 'JSONB',
  bool: 'BOOLEAN',
  false: 'false',
  serialKey: 'BIGSERIAL PRIMARY KEY',
  isTrue: (column) => column,
  appendOnly: (table, message) => `
    CREATE FUNCTION ${table}_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN RAISE EXCEPTION '${message}'; END $$;
    CREATE TRIGGER ${table}_append_only BEFORE UPDATE OR DELETE ON ${table}
    FOR EACH ROW EXECUTE FUNCTION ${table}_append_only();`,
}

/**
 * A migration written once for both databases: `sql` is called with each dialect.
 *
 * @example export const m = bothDialects(6, 'queue-tickets', (d) => `CREATE TABLE tickets (id TEXT PRIMARY KEY, issued_at ${d.time} NOT NULL)`)
 */
export function bothDialects(version: number, name: string, sql: (d: Dialect) => string): Migration {
  return { version, name, sqlite: sql(sqlite), postgres: sql(postgres) }
}
