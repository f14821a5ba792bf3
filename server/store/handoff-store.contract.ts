import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { HandoffStore, StoredHandoff } from './handoff-store.ts'
import { UnstorableTextError } from './storable-text.ts'

/** How a test file opens a fresh, empty hand-off store of one kind, and cleans up after it. */
export type OpenFreshHandoffs = () => Promise<{ store: HandoffStore; cleanup: () => Promise<void> }>

const t0 = new Date('2026-11-25T03:00:00.000Z')
const later = (ms: number) => new Date(t0.getTime() + ms)
let n = 0
const aHandoff = (overrides: Partial<StoredHandoff> = {}): StoredHandoff => ({
  codeHash: `hash-${++n}-${Math.random()}`, kind: 'result', targetSealed: 'v1.sealed', createdAt: t0, expiresAt: later(15 * 60_000), revokedAt: null, ...overrides,
})

/** The behaviour both hand-off stores must have; run by handoff-sqlite.test.ts and handoff-postgres.test.ts. */
export function handoffStoreContract(kind: string, openFresh: OpenFreshHandoffs): void {
  describe(`${kind} hand-off store`, () => {
    let store: HandoffStore
    let cleanup: () => Promise<void>
    beforeAll(async () => ({ store, cleanup } = await openFresh()))
    afterAll(async () => cleanup())

    it('finds a stored hand-off again by its code hash, with its dates intact', async () => {
      const handoff = aHandoff({ kind: 'draft' })
      expect(await store.insert(handoff)).toBe('ok')
      expect(await store.find(handoff.codeHash)).toEqual(handoff)
      expect(await store.find('no-such-hash')).toBeNull()
    })

    it('refuses a second hand-off with the same code so the caller draws another', async () => {
      const handoff = aHandoff()
      await store.insert(handoff)
      expect(await store.insert({ ...handoff, targetSealed: 'other' })).toBe('duplicate_code')
      expect((await store.find(handoff.codeHash))?.targetSealed).toBe('v1.sealed')
    })

    it('keeps the first revocation time when a hand-off is revoked twice', async () => {
      const handoff = aHandoff()
      await store.insert(handoff)
      expect(await store.revoke(handoff.codeHash, later(60_000))).toBe(true)
      expect(await store.revoke(handoff.codeHash, later(120_000))).toBe(true)
      expect((await store.find(handoff.codeHash))?.revokedAt).toEqual(later(60_000))
      expect(await store.revoke('no-such-hash', later(1))).toBe(false)
    })

    it('purges only the hand-offs that have expired', async () => {
      const old = aHandoff({ expiresAt: later(-1) })
      const live = aHandoff({ expiresAt: later(60_000) })
      await store.insert(old)
      await store.insert(live)
      expect(await store.deleteExpired(t0)).toBeGreaterThanOrEqual(1)
      expect(await store.find(old.codeHash)).toBeNull()
      expect(await store.find(live.codeHash)).not.toBeNull()
    })

    it('refuses a code hash holding a NUL and finds nothing by one, the same on every store', async () => {
      await expect(store.insert(aHandoff({ codeHash: 'hash-\u0000' }))).rejects.toThrow(UnstorableTextError)
      expect(await store.find('hash-\u0000')).toBeNull()
      expect(await store.revoke('\ud800', later(1))).toBe(false)
    })
  })
}
