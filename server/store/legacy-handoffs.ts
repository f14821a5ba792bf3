import { existsSync, rmSync } from 'node:fs'
import path from 'node:path'
import type Database from 'better-sqlite3'

/**
 * Versions before migration 005 kept hand-offs in their own file, `DATA_DIR/handoffs.sqlite`. Copies
 * the ones it holds into the drafts database (a code shown on a kiosk a minute before the upgrade
 * still opens after it), then deletes the old file so nothing reads or copies it again.
 */
export function importLegacyHandoffs(db: Database.Database, dataDir: string): void {
  const legacy = path.join(dataDir, 'handoffs.sqlite')
  if (!existsSync(legacy)) return
  db.prepare('ATTACH DATABASE ? AS legacy').run(legacy)
  try {
    const hasTable = db.prepare("SELECT 1 FROM legacy.sqlite_master WHERE type = 'table' AND name = 'handoffs'").get() !== undefined
    if (hasTable) {
      db.exec(`INSERT OR IGNORE INTO main.handoffs (code_hash, kind, target_sealed, created_at, expires_at, revoked_at)
        SELECT code_hash, kind, target_sealed, created_at, expires_at, revoked_at FROM legacy.handoffs`)
    }
  } finally {
    db.exec('DETACH DATABASE legacy')
  }
  for (const name of [legacy, `${legacy}-wal`, `${legacy}-shm`]) rmSync(name, { force: true })
}
