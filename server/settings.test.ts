import { describe, expect, it } from 'vitest'
import { loadSettings, repoRoot, SettingsError, settingsMarkdown, settingsTable } from './settings.ts'
import { resolve } from 'node:path'
import type { DraftSettings } from './drafts/draft-deps.ts'

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
    const s: DraftSettings & { production: boolean } = loadSettings({ DATABASE_URL: 'postgres://lobby@db/lobby', DRAFT_MAX_KB: '1.5', NODE_ENV: 'production', PUBLIC_ORIGIN: 'https://lobby.example.gov.cn' })
    expect(s).toMatchObject({ databaseUrl: 'postgres://lobby@db/lobby', draftTtlDays: 30, draftMaxBytes: 1536, production: true, createRatePerMinute: 20, saveRatePerMinute: 240 })
    expect(() => loadSettings({ DATABASE_URL: 'mysql://x' })).toThrow('DATABASE_URL="mysql://x": start it with postgres://')
    expect(() => loadSettings({ DRAFT_TTL_DAYS: '-3' })).toThrow('DRAFT_TTL_DAYS="-3": use a positive number (days)')
  })

  it('takes PUBLIC_ORIGIN as an origin, defaults it to localhost in development and demands it in production', () => {
    expect(loadSettings({ PUBLIC_ORIGIN: 'https://lobby.example.gov.cn/' }).publicOrigin).toBe('https://lobby.example.gov.cn')
    expect(loadSettings({ PORT: '3000' }).publicOrigin).toBe('http://localhost:3000')
    expect(() => loadSettings({ PUBLIC_ORIGIN: 'lobby.example.gov.cn' })).toThrow('PUBLIC_ORIGIN="lobby.example.gov.cn": give the scheme and host citizens use, e.g. https://lobby.example.gov.cn (no path)')
    expect(() => loadSettings({ PUBLIC_ORIGIN: 'https://lobby.example.gov.cn/app' })).toThrow(/no path/)
    expect(() => loadSettings({ NODE_ENV: 'production', DATA_KEY: 'x' })).toThrow('PUBLIC_ORIGIN is not set: in production give the address citizens reach the site at')
  })

  it('reads TRUSTED_PROXIES as addresses and CIDR blocks, naming an entry that is neither', () => {
    const { block } = loadSettings({ TRUSTED_PROXIES: '127.0.0.1, 10.0.0.0/8 fd00::/8' }).trustedProxies
    expect(block?.check('10.1.2.3', 'ipv4')).toBe(true)
    expect(block?.check('11.1.2.3', 'ipv4')).toBe(false)
    expect(loadSettings({}).trustedProxies.block).toBeNull()
    expect(() => loadSettings({ TRUSTED_PROXIES: '10.0.0.0/33' })).toThrow('TRUSTED_PROXIES="10.0.0.0/33": "10.0.0.0/33" is not an IP address or a CIDR block such as 10.0.0.0/8')
  })

  it('rejects a port above 65535', () => {
    expect(() => loadSettings({ PORT: '70000' })).toThrow('PORT="70000": at most 65535')
  })

  it('refuses a test clock in production and a start without its offset', () => {
    expect(() => loadSettings({ NODE_ENV: 'production', PUBLIC_ORIGIN: 'https://lobby.example.gov.cn', DATA_KEY: 'x', TEST_CLOCK_START: '2026-12-07T10:00:00+08:00' })).toThrow('TEST_CLOCK_START is set: it is for end-to-end tests only')
    expect(() => loadSettings({ TEST_CLOCK_START: '2026-12-07 10:00' })).toThrow('TEST_CLOCK_START="2026-12-07 10:00": give an instant with its offset')
    expect(loadSettings({ TEST_CLOCK_START: '2026-12-07T10:00:00+08:00' }).testClockStart).toEqual(new Date('2026-12-07T02:00:00Z'))
  })

  it('lists every setting with a default and a meaning for the README', () => {
    expect(settingsTable.map((r) => r.name)).toEqual([
      'PORT', 'HOST', 'DATA_DIR', 'CONTENT_DIR', 'CLIENT_DIR', 'BODY_LIMIT_BYTES',
      'DATABASE_URL', 'DATA_KEY', 'DRAFT_TTL_DAYS', 'PURGE_INTERVAL_MINUTES', 'LOOKUP_RATE_PER_MINUTE', 'CREATE_RATE_PER_MINUTE', 'SAVE_RATE_PER_MINUTE',
      'REFUSAL_DELAY_MS', 'TRUSTED_PROXIES', 'PUBLIC_ORIGIN', 'DRAFT_MAX_KB', 'NODE_ENV', 'SMTP_URL', 'MAIL_FROM', 'TEST_CLOCK_START', 'LOG_LEVEL',
    ])
    for (const row of settingsTable) expect(row.meaning.length).toBeGreaterThan(10)
    expect(settingsMarkdown().split('\n')).toContain('| `PORT` | `8080` | TCP port the server listens on (0 picks a free port). |')
  })
})
