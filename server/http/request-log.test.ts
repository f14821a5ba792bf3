import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { Hono } from 'hono'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { smallCatalogue } from '../../test/fixtures/catalogue-small.ts'
import { createApp } from '../app.ts'
import { loadSettings } from '../settings.ts'

const token = 'Zq3xV8u1Tn0pK2wL5yR7sA'
const clientDir = mkdtempSync(join(tmpdir(), 'client-'))
writeFileSync(join(clientDir, 'index.html'), '<!doctype html><title>lobby</title>')
afterEach(() => vi.restoreAllMocks())

function debugApp() {
  return createApp({
    catalogue: smallCatalogue,
    settings: loadSettings({ LOG_LEVEL: 'debug' }),
    clientDir,
    extraRoutes: (a: Hono) => {
      a.get('/api/drafts/:token', (c) => c.json({ ok: true }))
      a.put('/api/drafts/:token', () => {
        throw new Error('the disk is full')
      })
    },
  })
}

describe('logs never hold a secret that opens something', () => {
  it('logs each request at debug level by its route pattern, never the draft token in its path or the query', async () => {
    const lines: string[] = []
    vi.spyOn(console, 'log').mockImplementation((line: string) => void lines.push(line))
    const app = debugApp()
    await app.request(`/api/drafts/${token}`)
    await app.request('/api/tickets/lookup?number=TS-2026-ABCD2345&password=SECRET12')
    await app.request(`/resume/${token}`)
    await app.request('/h/K7M2PQ')
    expect(lines.map((l) => l.replace(/ \d+ms$/, ''))).toEqual([
      'GET /api/drafts/:token 200',
      'GET /api/tickets/lookup 404',
      'GET /resume/:secret 200',
      'GET /h/:secret 200',
    ])
  })

  it('names the route, not the token, when an unexpected error is logged', async () => {
    const lines: string[] = []
    vi.spyOn(console, 'error').mockImplementation((line: string) => void lines.push(line))
    vi.spyOn(console, 'log').mockImplementation(() => undefined)
    const res = await debugApp().request(`/api/drafts/${token}`, { method: 'PUT' })
    expect(res.status).toBe(500)
    expect(lines).toHaveLength(1)
    expect(lines[0]).toMatch(/unexpected error on PUT \/api\/drafts\/:token: Error: the disk is full$/)
    expect(lines.join('\n')).not.toContain(token)
  })
})
