import path from 'node:path'
import { openPostgresHandoffStore } from './handoff-postgres.ts'
import { openSqliteHandoffStore } from './handoff-sqlite.ts'
import type { HandoffStore } from './handoff-store.ts'

/** Beside the drafts: PostgreSQL when DATABASE_URL is set, otherwise SQLite at `DATA_DIR/handoffs.sqlite`. */
export async function openHandoffStore(settings: { databaseUrl?: string | undefined; dataDir: string }): Promise<HandoffStore> {
  if (settings.databaseUrl) return openPostgresHandoffStore({ connectionString: settings.databaseUrl })
  return openSqliteHandoffStore(path.join(settings.dataDir, 'handoffs.sqlite'))
}
