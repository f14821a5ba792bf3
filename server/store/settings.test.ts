import { describe, expect, it } from 'vitest'
import { loadDraftSettings } from './settings.ts'

describe('loadDraftSettings', () => {
  it('defaults to SQLite, 30-day drafts, hourly purges and 10 lookups a minute', () => {
    expect(loadDraftSettings({})).toEqual({
      dataDir: 'data', databaseUrl: undefined, dataKey: undefined, draftTtlDays: 30, purgeIntervalMinutes: 60, lookupRatePerMinute: 10,
      draftMaxBytes: 262_144, production: false,
    })
  })

  it('reads every variable it knows', () => {
    const settings = loadDraftSettings({
      DATABASE_URL: 'postgres://app@db:5432/lobby', DRAFT_TTL_DAYS: '60', PURGE_INTERVAL_MINUTES: '5', LOOKUP_RATE_PER_MINUTE: '20', NODE_ENV: 'production',
    })
    expect(settings).toMatchObject({ databaseUrl: 'postgres://app@db:5432/lobby', draftTtlDays: 60, purgeIntervalMinutes: 5, lookupRatePerMinute: 20, production: true })
  })

  it('names the variable and the value it refuses', () => {
    expect(() => loadDraftSettings({ DRAFT_TTL_DAYS: 'thirty' })).toThrow('DRAFT_TTL_DAYS must be a positive number, got "thirty"')
    expect(() => loadDraftSettings({ DATABASE_URL: 'mysql://x' })).toThrow(/DATABASE_URL must start with postgres:\/\//)
  })
})
