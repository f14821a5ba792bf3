import { randomBytes } from 'node:crypto'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { loadDataKey } from './data-key.ts'

let dir = ''
afterEach(() => rmSync(dir, { recursive: true, force: true }))
const fresh = () => (dir = mkdtempSync(path.join(tmpdir(), 'data-key-')))

describe('loadDataKey', () => {
  it('uses DATA_KEY when it is set', () => {
    const key = randomBytes(32)
    expect(loadDataKey({ dataKey: key.toString('base64'), dataDir: fresh(), production: true }).equals(key)).toBe(true)
  })

  it('generates a development key once, with a warning, and reuses it after a restart', () => {
    const warnings: string[] = []
    const first = loadDataKey({ dataKey: undefined, dataDir: fresh(), production: false }, (m) => warnings.push(m))
    const second = loadDataKey({ dataKey: undefined, dataDir: dir, production: false }, (m) => warnings.push(m))
    expect(first.equals(second)).toBe(true)
    expect(warnings).toHaveLength(1)
    expect(warnings[0]).toContain(path.join(dir, 'dev-data-key'))
  })

  it('refuses to start in production without DATA_KEY', () => {
    expect(() => loadDataKey({ dataKey: undefined, dataDir: fresh(), production: true })).toThrow(/DATA_KEY is not set/)
  })

  it('refuses a key that is not 32 bytes of base64', () => {
    expect(() => loadDataKey({ dataKey: randomBytes(16).toString('base64'), dataDir: fresh(), production: false })).toThrow(/32 random bytes/)
    expect(() => loadDataKey({ dataKey: 'not base64 at all!', dataDir: dir, production: false })).toThrow(/32 random bytes/)
  })
})
