import { describe, expect, it } from 'vitest'
import { draftReminder, materialsReminder } from './reminders.ts'

const now = new Date('2026-11-25T02:00:00Z')
const inDays = (d: number) => new Date(now.getTime() + d * 86_400_000)

describe('citizen reminders', () => {
  it('warns about a draft that will be deleted within a week, and not earlier', () => {
    expect(draftReminder(inDays(8), now)).toBeNull()
    expect(draftReminder(inDays(4.5), now)).toEqual({ kind: 'draft-expiring', expiresAt: inDays(4.5).toISOString(), daysLeft: 5 })
    expect(draftReminder(inDays(-1), now)).toMatchObject({ daysLeft: 0 })
  })

  it('shows the latest materials request while the application waits for documents, and nothing after', () => {
    const history = [
      { at: '2026-11-20T01:00:00.000Z', status: 'materials-requested' as const, note: '需补正材料：平面图' },
      { at: '2026-11-21T01:00:00.000Z', status: 'pre-review' as const, note: null },
      { at: '2026-11-22T01:00:00.000Z', status: 'materials-requested' as const, note: '需补正材料：健康证明；平面图' },
    ]
    expect(materialsReminder('materials-requested', history)).toEqual({ kind: 'materials-requested', since: '2026-11-22T01:00:00.000Z', note: '需补正材料：健康证明；平面图' })
    expect(materialsReminder('accepted', history)).toBeNull()
  })
})
