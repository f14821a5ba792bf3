import { describe, expect, it } from 'vitest'
import type { HallActivity } from './hall-activity.ts'
import { queueReportOf } from './hall-report.ts'

const layout = { windows: [1, 2, 3].map((number) => ({ number, zone: 'business-startup' })).concat([{ number: 13, zone: 'social-affairs' }, { number: 14, zone: 'social-affairs' }]) } as never
const call = (number: string, window: number, at: string) => ({ key: `${number}:1`, number, zone: 'business-startup', window, name: null, at })
const zone = (z: string, waiting: number, serving: ReturnType<typeof call>[]) => ({ zone: z, waiting, queue: [], waits: [], minutesPerVisitor: 10, openWindows: 1, waitMinutes: 0, serving })

describe('the real hall drawn in the animated one', () => {
  it('shares a zone\'s waiting visitors over the windows serving, closes the others, and shows the latest number called', () => {
    const activity: HallActivity = {
      version: 3, at: '2026-10-08T02:00:00Z', calls: [],
      zones: [zone('business-startup', 5, [call('A004', 1, '2026-10-08T01:50:00Z'), call('A006', 3, '2026-10-08T01:58:00Z')]), zone('social-affairs', 3, [])],
    }
    expect(queueReportOf(activity, layout)).toEqual({
      windows: [
        { number: 1, open: true, waiting: 3 },
        { number: 3, open: true, waiting: 2 },
        { number: 2, open: false, waiting: 0 },
        { number: 13, open: true, waiting: 2 },
        { number: 14, open: true, waiting: 1 },
      ],
      zones: [{ zone: 'business-startup', calling: 'A006' }],
    })
  })
})
