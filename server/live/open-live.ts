import path from 'node:path'
import type { Hono } from 'hono'
import { chinaDate } from '../../core/calendar/working-days.ts'
import type { Catalogue } from '../../core/content/catalogue.ts'
import { buildHallActivity } from '../../core/live/hall-activity.ts'
import { bookingRoutes } from '../routes/bookings.ts'
import { callingRoutes } from '../routes/calling.ts'
import { queueRoutes } from '../routes/queue.ts'
import { liveChannel, openPostgresLiveStore } from '../store/live-postgres.ts'
import { openSqliteLiveStore } from '../store/live-sqlite.ts'
import type { LiveStore } from '../store/live-store.ts'
import type { LiveDeps } from './live-deps.ts'
import { LiveHub, listenForChanges } from './live-hub.ts'

/** How often the hall's picture is rebuilt with nothing changing (estimates age, a new day starts) and no-shows are marked. */
const sweepMs = 30_000

export type LiveOptions = Omit<LiveDeps, 'store' | 'hub'> & {
  settings: { databaseUrl?: string | undefined; dataDir: string }
  log: (m: string) => void
  /** Tests pass a schema; production uses `public`. */
  schema?: string
}

/**
 * The live hall: its store (PostgreSQL when DATABASE_URL is set, otherwise the drafts' SQLite file),
 * the hub every event stream listens to (woken by LISTEN/NOTIFY across instances on PostgreSQL, in
 * process on SQLite), the sweeps, and the routes.
 *
 * @example const live = await openLive({ ...deps, settings, log }); live.mount(app)
 */
export async function openLive(options: LiveOptions): Promise<{ mount: (app: Hono) => void; close: () => Promise<void>; deps: LiveDeps }> {
  const url = options.settings.databaseUrl
  const store: LiveStore = url
    ? await openPostgresLiveStore({ connectionString: url, ...(options.schema ? { schema: options.schema } : {}) })
    : openSqliteLiveStore(path.join(options.settings.dataDir, 'drafts.sqlite'))
  const catalogue: Pick<Catalogue, 'serviceTimes'> = options.catalogue
  const hub = new LiveHub(async () => {
    const now = options.clock()
    const version = await store.version()
    return buildHallActivity(await store.dayTickets(chinaDate(now)), catalogue.serviceTimes, now, version)
  }, (e) => options.log(`live hall: ${e.message}`))
  const stopListening = url ? listenForChanges({ connectionString: url }, liveChannel, hub, options.log) : async () => undefined
  const sweep = setInterval(() => {
    void store.markNoShows(options.clock()).then(() => hub.changed(), (e: Error) => options.log(`live hall: ${e.message}`))
  }, sweepMs)
  sweep.unref()
  const deps: LiveDeps = { ...options, store, hub }
  return {
    deps,
    mount: (app) => {
      app.route('/api/bookings', bookingRoutes(deps))
      app.route('/api/queue', queueRoutes(deps))
      app.route('/api/staff/calling', callingRoutes(deps))
    },
    close: async () => {
      clearInterval(sweep)
      await stopListening()
      await store.close()
    },
  }
}
