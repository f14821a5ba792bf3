import { spawnSync } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { repoRoot } from '../settings.ts'

const dataDir = mkdtempSync(path.join(tmpdir(), 'staff-token-cli-'))
afterAll(() => rmSync(dataDir, { recursive: true, force: true }))
const env = { ...process.env, DATA_DIR: dataDir, DATA_KEY: randomBytes(32).toString('base64'), DATABASE_URL: '' }
const cli = (...args: string[]) => spawnSync(process.execPath, ['--import', 'tsx', 'server/cli/staff-token.ts', ...args], { cwd: repoRoot, env, encoding: 'utf8', timeout: 60_000 })
const idOf = (stdout: string) => /st_([0-9a-f]{12})\./.exec(stdout)![1]!

describe('npx tsx server/cli/staff-token.ts', () => {
  it('makes a token, replaces it for the same person, lists live tokens without secrets and revokes one', () => {
    const first = cli('--name', '窗口 5 李明')
    expect(first.status).toBe(0)
    const second = cli('--name', '窗口 5 李明', '--days', '30')
    expect(second.stdout).toContain(`Revoked the earlier token ${idOf(first.stdout)} of 窗口 5 李明.`)
    const other = cli('--name', '窗口 6 王芳')
    const listed = cli('--list')
    expect(listed.stdout.trim().split('\n').map((l) => l.split('  ').slice(0, 2).join(' '))).toEqual([`${idOf(second.stdout)} 窗口 5 李明`, `${idOf(other.stdout)} 窗口 6 王芳`])
    expect(listed.stdout).not.toContain(second.stdout.trim().split('\n').at(-1)!.split('.')[1])
    const revoked = cli('--revoke', idOf(other.stdout))
    expect(revoked.stdout).toContain(`Revoked staff token ${idOf(other.stdout)}: it no longer opens the staff desk.`)
    expect(cli('--list').stdout).not.toContain('王芳')
    const again = cli('--revoke', idOf(other.stdout))
    expect(again.status).toBe(1)
    expect(again.stderr).toContain(`No live staff token has the id "${idOf(other.stdout)}"`)
  }, 120_000)

  it('prints its usage for --help and -h, and usage without a stack trace for an unknown option', () => {
    for (const flag of ['--help', '-h']) {
      const help = cli(flag)
      expect(help.status).toBe(0)
      expect(help.stdout).toContain('Usage: npx tsx server/cli/staff-token.ts --name')
      expect(help.stdout).toContain('--revoke <id>')
    }
    const unknown = cli('--frobnicate')
    expect(unknown.status).toBe(1)
    expect(unknown.stderr).toContain('Usage:')
    expect(unknown.stderr).not.toMatch(/\n\s+at /)
  }, 60_000)
})
