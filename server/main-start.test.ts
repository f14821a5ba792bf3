import { spawnSync } from 'node:child_process'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { repoRoot } from './settings.ts'

let dir = ''
afterEach(() => rmSync(dir, { recursive: true, force: true }))

/** Runs the real server with DATA_DIR prepared by `prepare`; it must stop at once. */
function start(prepare: (dataDir: string) => void): { status: number | null; stderr: string } {
  dir = mkdtempSync(path.join(tmpdir(), 'main-start-'))
  prepare(dir)
  const run = spawnSync(process.execPath, ['--import', 'tsx', 'server/main.ts'], {
    cwd: repoRoot, encoding: 'utf8', timeout: 60_000,
    env: { ...process.env, PORT: '0', HOST: '127.0.0.1', DATA_DIR: dir, LOG_LEVEL: 'warn', NODE_ENV: 'development', DATABASE_URL: '' },
  })
  return { status: run.status, stderr: run.stderr }
}

describe('the server refuses to start on data it could lose or repeat', () => {
  it('stops with exit 1 and a message naming the file, not a stack trace, when the database is gone from a used DATA_DIR', () => {
    const { status, stderr } = start((d) => writeFileSync(path.join(d, 'lobby-data.json'), '{}'))
    expect(status).toBe(1)
    expect(stderr).toContain(`${path.join(dir, 'drafts.sqlite')} is missing, but ${dir} was used before`)
    expect(stderr).not.toMatch(/^\s+at /m)
  }, 60_000)

  it('stops with exit 1 naming a damaged database file', () => {
    const { status, stderr } = start((d) => writeFileSync(path.join(d, 'drafts.sqlite'), 'not a database'.repeat(500)))
    expect(status).toBe(1)
    expect(stderr).toContain(`${path.join(dir, 'drafts.sqlite')} is damaged`)
    expect(stderr).not.toMatch(/^\s+at /m)
  }, 60_000)
})
