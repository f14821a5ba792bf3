import { chmodSync, closeSync, existsSync, mkdirSync, openSync, statSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import Database from 'better-sqlite3'

/** A reason the server will not start on its data, worded for the person running it; main.ts prints it without a stack. */
export class StoreStartError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'StoreStartError'
  }
}

/** Written beside the database once it exists, so a lost database is noticed instead of silently replaced. */
export const markerName = 'lobby-data.json'
const signsOfUse = [markerName, 'dev-data-key', 'handoffs.sqlite']

/**
 * Opens an SQLite file of DATA_DIR the safe way. The folder is created 0700 and the file 0600 (they
 * hold personal data, sealed or not). It refuses to start, naming the file and what to do:
 * - when the file is missing or empty but the folder shows earlier use (its marker, the development
 *   key, hand-offs): a fresh database would give out application numbers that were given out before;
 * - when the file is not an SQLite database, or SQLite's quick check finds damaged pages.
 * `onCreated` runs once a new database has been set up (migrated), to write the marker.
 *
 * @example const { db, created } = openSqliteFile(path.join(dataDir, 'drafts.sqlite')); migrate(db); if (created) markDataDir(dataDir)
 */
export function openSqliteFile(file: string, options: { guardLoss?: boolean } = {}): { db: Database.Database; created: boolean } {
  if (file === ':memory:') return { db: new Database(file), created: true }
  const dir = path.dirname(file)
  mkdirSync(dir, { recursive: true, mode: 0o700 })
  const empty = !existsSync(file) || statSync(file).size === 0
  if (empty && options.guardLoss) {
    const found = signsOfUse.filter((name) => name !== path.basename(file) && existsSync(path.join(dir, name)))
    if (found.length > 0) {
      throw new StoreStartError(
        `${file} is ${existsSync(file) ? 'empty' : 'missing'}, but ${dir} was used before (it holds ${found.join(', ')}).\n` +
          'Starting an empty database would give out application numbers that were already given out, and lose every draft.\n' +
          `Restore ${path.basename(file)} (and its -wal file, if any) from your backup into ${dir}, then start again.\n` +
          `To start over with no data on purpose, move ${dir} away (or set DATA_DIR to an empty folder) and start again.`,
      )
    }
  }
  if (!existsSync(file)) closeSync(openSync(file, 'a', 0o600))
  for (const name of [file, `${file}-wal`, `${file}-shm`]) if (existsSync(name)) chmodSync(name, 0o600)
  let db: Database.Database | undefined
  try {
    db = new Database(file)
    db.pragma('journal_mode = WAL')
    const check = db.pragma('quick_check', { simple: false }) as { quick_check: string }[]
    const problems = check.map((r) => r.quick_check).filter((r) => r !== 'ok')
    if (problems.length > 0) throw new StoreStartError(damaged(file, `SQLite's quick check found: ${problems.slice(0, 3).join('; ')}`))
    return { db, created: empty }
  } catch (err) {
    db?.close()
    if (err instanceof StoreStartError) throw err
    throw new StoreStartError(damaged(file, (err as Error).message))
  }
}

function damaged(file: string, what: string): string {
  return (
    `${file} is damaged (${what}). The server will not start on it, since it could lose or repeat data.\n` +
    `Stop every server using it, restore the file (with its -wal file) from your backup, or try \`sqlite3 ${file} ".recover" | sqlite3 repaired.sqlite\`, then start again.`
  )
}

/** Records that DATA_DIR holds a database from now on (see openSqliteFile). */
export function markDataDir(dir: string, now: Date = new Date()): void {
  const marker = path.join(dir, markerName)
  if (existsSync(marker)) return
  const note = { createdAt: now.toISOString(), note: 'This folder holds the drafts and applications database (drafts.sqlite). Do not delete one without the other.' }
  writeFileSync(marker, JSON.stringify(note, null, 2) + '\n', { mode: 0o600 })
}
