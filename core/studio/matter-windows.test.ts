import { describe, expect, it } from 'vitest'
import { withMatterWindows } from './matter-windows.ts'

const layout = {
  zones: [],
  windows: [
    { number: 7, zone: 'z', departments: ['d'], matters: ['food-business-licence'] },
    { number: 8, zone: 'z', departments: ['d'], matters: [] },
    { number: 9, zone: 'z', departments: ['d'], matters: ['food-business-licence', 'other'] },
  ],
}

describe('a matter\'s windows listed back in the hall', () => {
  it('adds the matter to the windows it names and takes it off the others, leaving other matters alone', () => {
    const next = withMatterWindows(layout, 'food-business-licence', [7, 8]) as typeof layout
    expect(next.windows.map((w) => w.matters)).toEqual([['food-business-licence'], ['food-business-licence'], ['other']])
  })

  it('leaves a window that already agrees as the same object, so its text in the file does not move', () => {
    const next = withMatterWindows(layout, 'food-business-licence', [7, 8]) as typeof layout
    expect(next.windows[0]).toBe(layout.windows[0])
  })
})
