import { describe, expect, it } from 'vitest'
import { loadSettings, repoRoot, SettingsError, settingsMarkdown, settingsTable } from './settings.ts'
import { resolve } from 'node:path'
import type { DraftSettings } from './store/settings.ts'

describe('loadSettings', () => {
  it('uses the documented defaults when nothing is set', () => {
    const s = loadSettings({})
    expect(s).toMatchObject({ port: 8080, host: '0.0.0.0', bodyLimitBytes: 65536, logLevel: 'info', contentDir: repoRoot })
    expect(s.dataDir).toBe(resolve('./data'))
    expect(s.clientDir).toBe(resolve(repoRoot, 'dist/client'))
  })

  it('reads values from the environment', () => {
    const s = loadSettings({ PORT: '3000', HOST: '127.0.0.1', DATA_DIR: '/var/lib/lobby', BODY_LIMIT_BYTES: '1024', LOG_LEVEL: 'debug' })
    expect(s).toMatchObject({ port: 3000, host: '127.0.0.1', dataDir: '/var/lib/lobby', bodyLimitBytes: 1024, logLevel: 'debug' })
  })

  it('names every invalid variable and its value in one error', () => {
    let error: unknown
    try {
      loadSettings({ PORT: '80a', BODY_LIMIT_BYTES: '0', LOG_LEVEL: 'loud' })
    } catch (e) {
      error = e
    }
    expect(error).toBeInstanceOf(SettingsError)
    const message = (error as Error).message
    expect(message).toContain('PORT="80a": use a whole number (a port, 0-65535)')
    expect(message).toContain('BODY_LIMIT_BYTES="0": at least 1')
    expect(message).toContain('LOG_LEVEL="loud": use one of debug, info, warn, error, silent')
  })

  it('carries the draft settings, so the drafts routes can take the same object', () => {
    const s: DraftSettings = loadSettings({ DATABASE_URL: 'postgres://lobby@db/lobby', DRAFT_MAX_KB: '1.5', NODE_ENV: 'production' })
    expect(s).toMatchObject({ databaseUrl: 'postgres://lobby@db/lobby', dataKey: undefined, draftTtlDays: 30, draftMaxBytes: 1536, production: true })
    expect(() => loadSettings({ DATABASE_URL: 'mysql://x' })).toThrow('DATABASE_URL="mysql://x": start it with postgres://')
    expect(() => loadSettings({ DRAFT_TTL_DAYS: '-3' })).toThrow('DRAFT_TTL_DAYS="-3": use a positive number (days)')
  })

  it('rejects a port above 65535', () => {
    expect(() => loadSettings({ PORT: '70000' })).toThrow('PORT="70000": at most 65535')
  })

  it('lists every setting with a default and a meaning for the README', () => {
    expect(settingsTable.map((r) => r.name)).toEqual([
      'PORT', 'HOST', 'DATA_DIR', 'CONTENT_DIR', 'CLIENT_DIR', 'BODY_LIMIT_BYTES',
      'DATABASE_URL', 'DATA_KEY', 'DRAFT_TTL_DAYS', 'PURGE_INTERVAL_MINUTES', 'LOOKUP_RATE_PER_MINUTE', 'DRAFT_MAX_KB', 'NODE_ENV', 'LOG_LEVEL',
    ])
    for (const row of settingsTable) expect(row.meaning.length).toBeGreaterThan(10)
    expect(settingsMarkdown().split('\n')).toContain('| `PORT` | `8080` | TCP port the server listens on (0 picks a free port). |')
  })
})
