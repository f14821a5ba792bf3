import path from 'node:path'
import { memoryRateLimits, type RateLimitStore } from '../http/rate-limit.ts'
import type { Settings } from '../settings.ts'
import { postgresRepository } from './drafts-postgres.ts'
import { sqliteRepository } from './drafts-sqlite.ts'
import { postgresFeedbackRepository } from './feedback-postgres.ts'
import type { FeedbackRepository } from './feedback-repository.ts'
import { sqliteFeedbackRepository } from './feedback-sqlite.ts'
import { postgresHandoffStore } from './handoff-postgres.ts'
import type { HandoffStore } from './handoff-store.ts'
import { sqliteHandoffStore } from './handoff-sqlite.ts'
import { postgresOutboxStore } from './outbox-postgres.ts'
import { sqliteOutboxStore } from './outbox-sqlite.ts'
import type { OutboxStore } from './outbox-store.ts'
import { postgresLiveStore } from './live-postgres.ts'
import { sqliteLiveStore } from './live-sqlite.ts'
import type { LiveStore } from './live-store.ts'
import { postgresIdentityStore } from './identity-postgres.ts'
import { sqliteIdentityStore } from './identity-sqlite.ts'
import type { IdentityStore } from './identity-store.ts'
import { postgresLicenceStore } from './licence-postgres.ts'
import { sqliteLicenceStore } from './licence-sqlite.ts'
import type { LicenceStore } from './licence-store.ts'
import { openPostgresDatabase, type PostgresOptions } from './postgres-database.ts'
import { postgresRateLimits } from './rate-limits-postgres.ts'
import type { Repository } from './repository.ts'
import { openSqliteDatabase } from './sqlite-database.ts'

/**
 * Every store of the process, on one database: one SQLite connection or one PostgreSQL pool. A new
 * store takes the database (`SqliteDatabase` or `PostgresDatabase`) and is added here, with its
 * tables in a numbered migration.
 */
export type Stores = {
  readonly kind: 'sqlite' | 'postgres'
  /** Drafts and applications. */
  repo: Repository
  feedback: FeedbackRepository
  handoffs: HandoffStore
  /** Bookings and queue tickets of the live hall. */
  live: LiveStore
  /** Citizens' sessions and which drafts (and so applications) are whose. */
  identity: IdentityStore
  /** Electronic licences issued at 办结, and their revocations. */
  licences: LicenceStore
  /** Messages to send (§6.3 reminders), with their delivery status. */
  outbox: OutboxStore
  /**
   * Where rate-limit buckets live: with PostgreSQL a table every instance shares, clients stored as
   * `hashClient(address)`; with SQLite (one instance) this process's memory.
   */
  rateLimits(hashClient: (client: string) => string): RateLimitStore
  close(): Promise<void>
}

/**
 * PostgreSQL when DATABASE_URL is set, otherwise SQLite at `DATA_DIR/drafts.sqlite`; migrated either way.
 *
 * @example const stores = await openStores(settings); mountDraftApi(app, { repo: stores.repo, ... })
 */
export async function openStores(settings: Pick<Settings, 'databaseUrl' | 'dataDir'>): Promise<Stores> {
  if (settings.databaseUrl) return openPostgresStores({ connectionString: settings.databaseUrl })
  return openSqliteStores(path.join(settings.dataDir, 'drafts.sqlite'))
}

export function openSqliteStores(file: string, options: Parameters<typeof openSqliteDatabase>[1] = {}): Stores {
  const database = openSqliteDatabase(file, options)
  return {
    kind: 'sqlite',
    repo: sqliteRepository(database),
    feedback: sqliteFeedbackRepository(database),
    handoffs: sqliteHandoffStore(database),
    live: sqliteLiveStore(database),
    identity: sqliteIdentityStore(database),
    licences: sqliteLicenceStore(database),
    outbox: sqliteOutboxStore(database),
    rateLimits: () => memoryRateLimits(),
    close: () => database.close(),
  }
}

export async function openPostgresStores(options: PostgresOptions): Promise<Stores> {
  const database = await openPostgresDatabase(options)
  return {
    kind: 'postgres',
    repo: postgresRepository(database),
    feedback: postgresFeedbackRepository(database),
    handoffs: postgresHandoffStore(database),
    live: postgresLiveStore(database),
    identity: postgresIdentityStore(database),
    licences: postgresLicenceStore(database),
    outbox: postgresOutboxStore(database),
    rateLimits: (hashClient) => postgresRateLimits(database, hashClient),
    close: () => database.close(),
  }
}
