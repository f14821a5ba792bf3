import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { claimMinutes, type OutboxMessage, type OutboxStore } from './outbox-store.ts'

/** How a test file opens a fresh, empty outbox of one kind, and cleans up after it. */
export type OpenFreshOutbox = () => Promise<{ store: OutboxStore; cleanup: () => Promise<void> }>

const t0 = new Date('2026-12-07T01:00:00.000Z')
const later = (minutes: number) => new Date(t0.getTime() + minutes * 60_000)
let n = 0
const aMessage = (overrides: Partial<OutboxMessage> = {}) => {
  n += 1
  return { id: `m${n}-${Math.random()}`, dedupeKey: `booking-reminder:${n}-${Math.random()}`, kind: 'booking-reminder' as const, channel: 'email' as const,
    messageSealed: 'v1.sealed', nextAttemptAt: t0, createdAt: later(-60 + n / 1000), ...overrides }
}

/** The behaviour both outbox stores must have; run by outbox-sqlite.test.ts and outbox-postgres.test.ts. */
export function outboxStoreContract(kind: string, openFresh: OpenFreshOutbox): void {
  describe(`${kind} notification outbox`, () => {
    let store: OutboxStore
    let cleanup: () => Promise<void>
    beforeAll(async () => ({ store, cleanup } = await openFresh()))
    afterAll(async () => cleanup())

    it('keeps one message per dedupe key, so enqueueing a reminder twice sends it once', async () => {
      const m = aMessage()
      expect(await store.enqueue(m)).toBe('ok')
      expect(await store.enqueue({ ...m, id: 'other' })).toBe('duplicate')
      expect(await store.find(m.id)).toMatchObject({ status: 'pending', attempts: 0, lastError: null, sentAt: null, nextAttemptAt: t0 })
      expect(await store.find('other')).toBeNull()
    })

    it('hands a due message to one claim only, and not before it is due', async () => {
      const due = aMessage({ nextAttemptAt: later(100) })
      const notYet = aMessage({ nextAttemptAt: later(200) })
      await store.enqueue(due)
      await store.enqueue(notYet)
      const [first, second] = await Promise.all([store.claimDue(later(150), 100), store.claimDue(later(150), 100)])
      const claimed = [...first!, ...second!].map((m) => m.id)
      expect(claimed.filter((id) => id === due.id)).toHaveLength(1)
      expect(claimed).not.toContain(notYet.id)
      // A worker that died mid-send: the message comes back once the claim has run out.
      expect((await store.claimDue(later(150 + claimMinutes + 1), 100)).map((m) => m.id)).toContain(due.id)
    })

    it('records a failed attempt with its error and retries it later, then gives up', async () => {
      const m = aMessage({ nextAttemptAt: later(300) })
      await store.enqueue(m)
      await store.claimDue(later(300), 100)
      await store.recordAttempt(m.id, { sent: false, at: later(300), error: 'connect ECONNREFUSED 127.0.0.1:25', retryAt: later(301) })
      expect(await store.find(m.id)).toMatchObject({ status: 'pending', attempts: 1, lastError: 'connect ECONNREFUSED 127.0.0.1:25', nextAttemptAt: later(301) })
      await store.recordAttempt(m.id, { sent: false, at: later(301), error: '550 mailbox unavailable', retryAt: null })
      expect(await store.find(m.id)).toMatchObject({ status: 'failed', attempts: 2, lastError: '550 mailbox unavailable' })
      expect((await store.claimDue(later(10_000), 100)).map((x) => x.id)).not.toContain(m.id)
    })

    it('marks a message sent with its time, and cancels only what is still pending', async () => {
      const sent = aMessage({ nextAttemptAt: later(400) })
      const cancelled = aMessage({ nextAttemptAt: later(400) })
      await store.enqueue(sent)
      await store.enqueue(cancelled)
      await store.recordAttempt(sent.id, { sent: true, at: later(401) })
      expect(await store.find(sent.id)).toMatchObject({ status: 'sent', attempts: 1, sentAt: later(401) })
      expect(await store.cancel(sent.dedupeKey)).toBe(false)
      expect(await store.cancel(cancelled.dedupeKey)).toBe(true)
      expect(await store.find(cancelled.id)).toMatchObject({ status: 'cancelled' })
      expect((await store.claimDue(later(10_000), 100)).map((x) => x.id)).not.toContain(cancelled.id)
    })

    it('keeps one scheduled message per key, moving it to the latest time and text, and arms it again once cancelled or sent', async () => {
      const warning = aMessage({ kind: 'draft-expiry', dedupeKey: `draft-expiry:${Math.random()}`, nextAttemptAt: later(600), messageSealed: 'v1.first' })
      await store.schedule(warning)
      await store.schedule({ ...warning, id: 'ignored', nextAttemptAt: later(700), messageSealed: 'v1.moved' })
      expect(await store.find('ignored')).toBeNull()
      expect(await store.find(warning.id)).toMatchObject({ status: 'pending', nextAttemptAt: later(700), messageSealed: 'v1.moved' })
      expect((await store.claimDue(later(650), 100)).map((x) => x.id)).not.toContain(warning.id)

      expect(await store.cancel(warning.dedupeKey)).toBe(true)
      await store.schedule({ ...warning, nextAttemptAt: later(800) })
      expect(await store.find(warning.id)).toMatchObject({ status: 'pending', nextAttemptAt: later(800) })

      await store.recordAttempt(warning.id, { sent: true, at: later(800) })
      await store.schedule({ ...warning, nextAttemptAt: later(900) })
      expect(await store.find(warning.id)).toMatchObject({ status: 'pending', attempts: 0, sentAt: null, lastError: null, nextAttemptAt: later(900) })
    })
  })
}
