import path from 'node:path'
import { openPostgresIdentityStore } from './identity-postgres.ts'
import { openSqliteIdentityStore } from './identity-sqlite.ts'
import type { IdentityStore } from './identity-store.ts'

/** Beside the drafts, in the same database: PostgreSQL when DATABASE_URL is set, otherwise `DATA_DIR/drafts.sqlite`. */
export async function openIdentityStore(settings: { databaseUrl?: string | undefined; dataDir: string }): Promise<IdentityStore> {
  if (settings.databaseUrl) return openPostgresIdentityStore({ connectionString: settings.databaseUrl })
  return openSqliteIdentityStore(path.join(settings.dataDir, 'drafts.sqlite'))
}
