import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { aDraft } from './repository.contract.ts'
import { purgeExpiredDrafts, startPurge } from './purge.ts'
import { openSqliteStores } from './stores.ts'

const dir = mkdtempSync(path.join(tmpdir(), 'purge-'))
const stores = openSqliteStores(path.join(dir, 'drafts.sqlite'))
const { repo, handoffs } = stores
afterEach(() => vi.useRealTimers())

describe('purging expired drafts', () => {
  it('deletes expired drafts and keeps live ones', async () => {
    const old = aDraft({ expiresAt: new Date('2026-01-01T00:00:00Z') })
    const live = aDraft({ expiresAt: new Date('2027-01-01T00:00:00Z') })
    await repo.insertDraft(old)
    await repo.insertDraft(live)
    expect(await purgeExpiredDrafts(repo, new Date('2026-06-01T00:00:00Z'))).toBe(1)
    expect(await repo.findDraftByTokenHash(live.tokenHash)).not.toBeNull()
  })

  it('runs at start and then on its interval until stopped, logging what it purged, expired hand-offs included', async () => {
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval'] })
    const logs: string[] = []
    let now = new Date('2026-01-01T00:00:00Z')
    await repo.insertDraft(aDraft({ expiresAt: new Date('2026-01-01T00:30:00Z') }))
    for (const codeHash of ['a', 'b']) {
      await handoffs.insert({ codeHash, kind: 'result', targetSealed: 'x', createdAt: now, expiresAt: new Date('2026-01-01T00:15:00Z'), revokedAt: null })
    }
    const stop = startPurge({ repo, handoffs, clock: () => now, intervalMinutes: 60, log: (m) => logs.push(m) })
    await vi.advanceTimersByTimeAsync(0)
    expect(logs).toEqual([])
    now = new Date('2026-01-01T01:00:00Z')
    await vi.advanceTimersByTimeAsync(60 * 60_000)
    expect(logs).toEqual(['[drafts] purged 1 expired draft', '[handoffs] purged 2 expired hand-offs'])
    expect(await handoffs.find('a')).toBeNull()
    stop()
    await stores.close()
    rmSync(dir, { recursive: true, force: true })
  })
})
