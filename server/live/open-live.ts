import type { Hono } from 'hono'
import { chinaDate } from '../../core/calendar/working-days.ts'
import type { Catalogue } from '../../core/content/catalogue.ts'
import { buildHallActivity } from '../../core/live/hall-activity.ts'
import { bookingRoutes } from '../routes/bookings.ts'
import { callingRoutes } from '../routes/calling.ts'
import { queueRoutes } from '../routes/queue.ts'
import { liveChannel } from '../store/live-postgres.ts'
import type { LiveDeps } from './live-deps.ts'
import { LiveHub, listenForChanges } from './live-hub.ts'

/** How often the hall's picture is rebuilt with nothing changing (estimates age, a new day starts) and no-shows are marked. */
const sweepMs = 30_000

export type LiveOptions = Omit<LiveDeps, 'hub'> & {
  /** With PostgreSQL, where to LISTEN for the changes of other instances; null on SQLite (one instance). */
  listen: { connectionString: string } | null
}

/**
 * The live hall on its store (Stores.live): the hub every event stream listens to (woken by LISTEN/NOTIFY across instances on PostgreSQL, in
 * process on SQLite), the sweeps, and the routes.
 *
 * @example const live = openLive({ store: stores.live, listen: null, ...deps }); live.mount(app)
 */
export function openLive(options: LiveOptions): { mount: (app: Hono) => void; close: () => Promise<void>; deps: LiveDeps } {
  const { store } = options
  const catalogue: Pick<Catalogue, 'serviceTimes'> = options.catalogue
  const hub = new LiveHub(async () => {
    const now = options.clock()
    const version = await store.version()
    return buildHallActivity(await store.dayTickets(chinaDate(now)), catalogue.serviceTimes, now, version)
  }, (e) => options.log(`live hall: ${e.message}`))
  const stopListening = options.listen ? listenForChanges(options.listen, liveChannel, hub, options.log) : async () => undefined
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
    },
  }
}
