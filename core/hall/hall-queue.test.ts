import { describe, expect, it } from 'vitest'
import { hallQueue, sameQueue } from './hall-queue.ts'

const layout = {
  zones: [{ id: 'general-acceptance' }, { id: 'waiting' }],
  windows: [{ number: 7 }, { number: 8 }],
}

describe('hallQueue', () => {
  it('shows a still hall before the live hall reports: windows open, nobody waiting, screens showing a dash', () => {
    const q = hallQueue(layout)
    expect([...q.windows]).toEqual([
      [7, { open: true, waiting: 0 }],
      [8, { open: true, waiting: 0 }],
    ])
    expect(q.zones.get('waiting')).toEqual({ calling: '—' })
  })

  it('takes waiting people, closed windows and called numbers from a report, dropping what the layout does not have', () => {
    const q = hallQueue(layout, {
      windows: [{ number: 7, waiting: 3.7 }, { number: 8, open: false, waiting: -2 }, { number: 99, waiting: 4 }],
      zones: [{ zone: 'general-acceptance', calling: 'A017' }, { zone: 'nowhere', calling: 'B001' }],
    })
    expect(q.windows.get(7)).toEqual({ open: true, waiting: 3 })
    expect(q.windows.get(8)).toEqual({ open: false, waiting: 0 })
    expect(q.windows.has(99)).toBe(false)
    expect(q.zones.get('general-acceptance')).toEqual({ calling: 'A017' })
    expect(q.zones.has('nowhere')).toBe(false)
  })

  it('counts queues that draw the same people as the same, so the still layer is not redrawn for nothing', () => {
    const a = hallQueue(layout, { windows: [{ number: 7, waiting: 6 }] })
    const b = hallQueue(layout, { windows: [{ number: 7, waiting: 9 }] })
    expect(sameQueue(a, b)).toBe(true)
    expect(sameQueue(a, hallQueue(layout, { windows: [{ number: 7, waiting: 2 }] }))).toBe(false)
    expect(sameQueue(a, hallQueue(layout, { windows: [{ number: 7, waiting: 6 }], zones: [{ zone: 'waiting', calling: 'C003' }] }))).toBe(false)
  })
})
