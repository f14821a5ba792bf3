import pg from 'pg'
import type { HallActivity } from '../../core/live/hall-activity.ts'

export type Listener = (activity: HallActivity, json: string) => void

/**
 * The newest picture of the hall, rebuilt when something changes and handed to every open event
 * stream as one serialised text. Rebuilds coalesce: changes arriving while one runs cause one more.
 *
 * @example const hub = new LiveHub(() => buildFromStore()); hub.subscribe((a, json) => send(json)); hub.changed()
 */
export class LiveHub {
  #latest: { activity: HallActivity; json: string } | null = null
  #listeners = new Set<Listener>()
  #building: Promise<void> | null = null
  #dirty = false

  constructor(private readonly build: () => Promise<HallActivity>, private readonly onError: (e: Error) => void = () => undefined) {}

  /** The newest picture (built on first use). */
  async current(): Promise<{ activity: HallActivity; json: string }> {
    if (!this.#latest) await this.refresh()
    return this.#latest!
  }

  /** Something changed: rebuild, then tell the listeners if the picture is newer. */
  changed(): Promise<void> {
    if (this.#building) {
      this.#dirty = true
      return this.#building
    }
    return this.refresh()
  }

  private refresh(): Promise<void> {
    this.#building = (async () => {
      do {
        this.#dirty = false
        try {
          const activity = await this.build()
          const json = JSON.stringify(activity)
          const older = this.#latest
          this.#latest = { activity, json }
          if (!older || older.json !== json) for (const l of this.#listeners) l(activity, json)
        } catch (e) {
          this.onError(e as Error)
        }
      } while (this.#dirty)
    })().finally(() => (this.#building = null))
    return this.#building
  }

  subscribe(listener: Listener): () => void {
    this.#listeners.add(listener)
    return () => void this.#listeners.delete(listener)
  }

  get listeners(): number {
    return this.#listeners.size
  }
}

/**
 * Wakes the hub whenever any server instance commits a change: LISTEN on the store's channel, with a
 * reconnect (and a rebuild, for changes missed meanwhile) when the connection drops.
 */
export function listenForChanges(options: { connectionString: string; schema?: string }, channel: string, hub: LiveHub, log: (m: string) => void): () => Promise<void> {
  let client: pg.Client | null = null
  let stopped = false
  const connect = async () => {
    if (stopped) return
    const c = new pg.Client({ connectionString: options.connectionString })
    client = c
    c.on('notification', () => void hub.changed())
    c.on('error', (e) => log(`live events: ${e.message}; reconnecting`))
    c.on('end', () => {
      if (!stopped) setTimeout(() => void connect(), 1000).unref()
    })
    try {
      await c.connect()
      await c.query(`LISTEN ${channel}`)
      void hub.changed()
    } catch (e) {
      log(`live events: could not listen (${(e as Error).message}); retrying`)
      await c.end().catch(() => undefined)
    }
  }
  void connect()
  return async () => {
    stopped = true
    await client?.end().catch(() => undefined)
  }
}
