import { describe, expect, it } from 'vitest'
import { callWords, unannounced } from './announce.ts'

const call = (key: string, number: string, window: number) => ({ key, number, window, zone: 'business-startup', name: null, at: '2026-10-08T01:00:00Z' })

describe('the hall screen\'s announcements', () => {
  it('asks the number to the window in Chinese, with English for the screen', () => {
    expect(callWords({ number: 'A015', window: 7 })).toEqual({ zh: '请 A015 号到 7 号窗口办理', en: 'Number A015, please go to window 7' })
  })

  it('announces new calls and recalls oldest first, and nothing twice', () => {
    const calls = [call('t3:1', 'A003', 2), call('t1:2', 'A001', 1), call('t2:1', 'A002', 1), call('t1:1', 'A001', 1)]
    expect(unannounced(calls, new Set(['t2:1', 't1:1'])).map((c) => c.key)).toEqual(['t1:2', 't3:1'])
  })
})
