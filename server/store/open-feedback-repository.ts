import path from 'node:path'
import { openPostgresFeedbackRepository } from './feedback-postgres.ts'
import type { FeedbackRepository } from './feedback-repository.ts'
import { openSqliteFeedbackRepository } from './feedback-sqlite.ts'

/** Beside the drafts, in the same database: PostgreSQL when DATABASE_URL is set, otherwise `DATA_DIR/drafts.sqlite`. */
export async function openFeedbackRepository(settings: { databaseUrl?: string | undefined; dataDir: string }): Promise<FeedbackRepository> {
  if (settings.databaseUrl) return openPostgresFeedbackRepository({ connectionString: settings.databaseUrl })
  return openSqliteFeedbackRepository(path.join(settings.dataDir, 'drafts.sqlite'))
}
