import path from 'node:path'
import type Database from 'better-sqlite3'
import { commitStatsReporter } from './commit-stats.ts'
import { createGroupCommit } from './group-commit.ts'
import { importLegacyHandoffs } from './legacy-handoffs.ts'
import { migrations } from './migrations/index.ts'
import { markDataDir, openSqliteFile } from './sqlite-file.ts'

/**
 * The process's one connection to `DATA_DIR/drafts.sqlite`, shared by every store (drafts, feedback,
 * hand-offs). `write` runs a write in the next group commit (group-commit.ts), so writes of all the
 * stores that arrive together share one fsync; reads, and purges nobody waits for, use `db` directly.
 */
export type SqliteDatabase = {
  readonly kind: 'sqlite'
  readonly db: Database.Database
  write: <T>(work: () => T) => Promise<T>
  close(): Promise<void>
}

/**
 * Opens the file the safe way (sqlite-file.ts: refuses a lost or damaged file), with a WAL journal and
 * `synchronous=FULL`, so a write acknowledged to the citizen survives a killed process or a power cut.
 * Applies pending migrations and takes in the hand-offs of a `handoffs.sqlite` left by an older version.
 * `onBatch` hears the size of each group commit (by default SQLITE_COMMIT_STATS=1 reports them).
 *
 * @example const database = openSqliteDatabase(path.join(dataDir, 'drafts.sqlite'))
 */
export function openSqliteDatabase(file: string, options: { onBatch?: (size: number) => void } = {}): SqliteDatabase {
  const { db, created } = openSqliteFile(file, { guardLoss: true })
  try {
    db.pragma('synchronous = FULL')
    db.pragma('foreign_keys = ON')
    db.pragma('busy_timeout = 5000')
    migrateSqlite(db)
    if (file !== ':memory:') importLegacyHandoffs(db, path.dirname(file))
  } catch (err) {
    db.close()
    throw err
  }
  if (created && file !== ':memory:') markDataDir(path.dirname(file))
  return { kind: 'sqlite', db, write: createGroupCommit(db, options.onBatch ?? commitStatsReporter()), close: async () => void db.close() }
}

/** Applies every migration newer than the database, each in its own transaction. Returns the version reached. */
export function migrateSqlite(db: Database.Database): number {
  db.exec('CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at INTEGER NOT NULL)')
  const applied = new Set(db.prepare('SELECT version FROM schema_migrations').pluck().all() as number[])
  for (const migration of migrations) {
    if (applied.has(migration.version)) continue
    db.transaction(() => {
      db.exec(migration.sqlite)
      db.prepare('INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)').run(migration.version, migration.name, Date.now())
    })()
  }
  return Math.max(0, ...migrations.map((m) => m.version))
}
