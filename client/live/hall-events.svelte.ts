import type { HallActivity } from '../api/live.ts'

/**
 * The real hall as the server streams it (/api/queue/events): the newest HallActivity, kept current
 * by server-sent events. EventSource reconnects by itself and sends Last-Event-ID, so the server
 * resumes where the page left off. `start()` returns the stop, for an $effect.
 *
 * @example const hall = new HallEvents(); $effect(() => hall.start()); hall.activity?.zones
 */
export class HallEvents {
  activity = $state<HallActivity | null>(null)
  connected = $state(false)

  start(): () => void {
    const source = new EventSource('/api/queue/events')
    source.addEventListener('hall', (e) => {
      const next = JSON.parse((e as MessageEvent<string>).data) as HallActivity
      if (!this.activity || next.version >= this.activity.version) this.activity = next
    })
    source.onopen = () => (this.connected = true)
    source.onerror = () => (this.connected = false)
    return () => source.close()
  }
}
