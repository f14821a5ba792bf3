import { describe, expect, it } from 'vitest'
import { routeWindows } from './route-windows.ts'

const item = (...numbers: number[]) => ({ windows: numbers.map((number) => ({ number, zone: 'z', zoneName: { zh: '区', en: 'Zone' } })) })

describe('routeWindows', () => {
  it('visits the first window of each matter in the outcome’s order', () => {
    expect(routeWindows({ items: [item(1, 2), item(7, 8), item(9)] as never })).toEqual([1, 7, 9])
  })

  it('makes two matters at the same window one stop, and skips matters done only online', () => {
    expect(routeWindows({ items: [item(5), item(5, 6), item(), item(10)] as never })).toEqual([5, 10])
  })
})
