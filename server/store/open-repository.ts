import path from 'node:path'
import { openPostgresRepository } from './postgres.ts'
import type { Repository } from './repository.ts'
import type { Settings } from '../settings.ts'
import { openSqliteRepository } from './sqlite.ts'

/** PostgreSQL when DATABASE_URL is set, otherwise SQLite at `DATA_DIR/drafts.sqlite`. Migrates either. */
export async function openRepository(settings: Pick<Settings, 'databaseUrl' | 'dataDir'>): Promise<Repository> {
  if (settings.databaseUrl) return openPostgresRepository({ connectionString: settings.databaseUrl })
  return openSqliteRepository(path.join(settings.dataDir, 'drafts.sqlite'))
}
