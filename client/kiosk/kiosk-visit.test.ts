import { describe, expect, it } from 'vitest'
import { ApiFailure } from '../api/api-failure.ts'
import { KioskVisit } from './kiosk-visit.ts'

describe('KioskVisit', () => {
  it('revokes every hand-off and deletes every draft of the visit, once', async () => {
    const calls: string[] = []
    const api = { revokeHandoff: async (c: string, key: string) => void calls.push(`revoke ${c} with ${key}`), deleteDraft: async (t: string) => void calls.push(`delete ${t}`) }
    const visit = new KioskVisit()
    visit.rememberHandoff('K7M2PQ', 'key-1')
    visit.rememberDraft('tok')
    expect(await visit.forget(api)).toEqual([])
    expect(calls).toEqual(['revoke K7M2PQ with key-1', 'delete tok'])
    expect(visit.size).toBe(0)
    await visit.forget(api)
    expect(calls).toHaveLength(2)
  })

  it('counts something already gone as removed, and reports what the server could not be asked to remove', async () => {
    const visit = new KioskVisit()
    visit.rememberHandoff('AAAAAA', 'key-2')
    visit.rememberDraft('tok')
    const api = {
      revokeHandoff: async () => Promise.reject(new ApiFailure(410, 'handoff_revoked', '')),
      deleteDraft: async () => Promise.reject(new ApiFailure(0, 'network', '')),
    }
    expect(await visit.forget(api)).toEqual(['a draft'])
  })
})
