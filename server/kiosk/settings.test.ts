import { describe, expect, it } from 'vitest'
import { SettingsError } from '../settings.ts'
import { loadKioskSettings } from './settings.ts'

describe('loadKioskSettings', () => {
  it('runs a kiosk with a 90 s idle time, a 30 s warning, A4 paper, a daily reload and 15-minute hand-offs by default', () => {
    expect(loadKioskSettings({})).toEqual({ kioskMode: false, kioskIdleSeconds: 90, kioskWarningSeconds: 30, kioskPaper: 'a4', kioskReloadHours: 24, handoffTtlMinutes: 15 })
  })

  it('reads every setting from its variable', () => {
    const env = { KIOSK_MODE: 'true', KIOSK_IDLE_SECONDS: '60', KIOSK_WARNING_SECONDS: '20', KIOSK_PAPER: '80mm', KIOSK_RELOAD_HOURS: '0', HANDOFF_TTL_MINUTES: '5' }
    expect(loadKioskSettings(env)).toEqual({ kioskMode: true, kioskIdleSeconds: 60, kioskWarningSeconds: 20, kioskPaper: '80mm', kioskReloadHours: 0, handoffTtlMinutes: 5 })
  })

  it('refuses a warning shorter than the 20 s WCAG 2.2.1 asks for, naming the variable', () => {
    expect(() => loadKioskSettings({ KIOSK_WARNING_SECONDS: '5' })).toThrow(SettingsError)
    expect(() => loadKioskSettings({ KIOSK_WARNING_SECONDS: '5' })).toThrow('KIOSK_WARNING_SECONDS="5": at least 20 (seconds)')
  })

  it('names every bad variable at once', () => {
    try {
      loadKioskSettings({ KIOSK_PAPER: 'letter', KIOSK_MODE: 'maybe', KIOSK_IDLE_SECONDS: '1m' })
      expect.unreachable()
    } catch (e) {
      expect((e as SettingsError).problems).toEqual([
        'KIOSK_MODE="maybe": use true or false',
        'KIOSK_IDLE_SECONDS="1m": use a whole number (seconds)',
        'KIOSK_PAPER="letter": use a4 or 80mm',
      ])
    }
  })
})
