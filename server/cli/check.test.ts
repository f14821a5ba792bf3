import { execFile } from 'node:child_process'
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { describe, expect, it } from 'vitest'

const run = promisify(execFile)
const repo = join(import.meta.dirname, '../..')
const fixtures = join(repo, 'test/fixtures/content')

async function check(root: string, ...flags: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  const tsx = join(repo, 'node_modules/.bin/tsx')
  try {
    const { stdout, stderr } = await run(tsx, [join(repo, 'server/cli/check.ts'), ...flags, root], { cwd: repo, env: { ...process.env, LANG: 'C.UTF-8', LC_ALL: '' } })
    return { code: 0, stdout, stderr }
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string }
    return { code: e.code, stdout: e.stdout, stderr: e.stderr }
  }
}

describe('npm run check', () => {
  it('says what valid content holds and exits 0', async () => {
    const result = await check(join(fixtures, 'valid'))
    expect(result.stdout).toBe('content OK: 2 matters, 2 departments, 2 windows, 1 scene, 1 form\n')
    expect(result.code).toBe(0)
  }, 30_000)

  it('prints every located problem and a summary, exits 1, and shows no stack trace', async () => {
    const result = await check(join(fixtures, 'syntax'))
    expect(result.code).toBe(1)
    expect(result.stdout.trim().split('\n')).toEqual([
      'content/departments.json:9:32  /  trailing comma: remove this , before the closing }',
      'content/hall/layout.json:2:3  /  comments are not allowed in JSON',
      'content/matters/birth-medical-certificate.json:4:31  /  unexpected character: check for a missing quote or a stray letter',
      'content/themes.json:6:1  /  unexpected end of file: a closing } is missing',
      'scenes/have-a-baby.json:4:3  /  a comma , is missing before this',
      '',
      '5 problems in 5 files',
    ])
    expect(result.stderr).not.toMatch(/\bat .+:\d+:\d+\)?$/m)
  }, 30_000)

  it('prints messages in Chinese with the English under them when asked with --lang zh or a Chinese LANG', async () => {
    const root = await mkdtemp(join(tmpdir(), 'check-zh-'))
    try {
      await cp(join(fixtures, 'valid'), root, { recursive: true })
      const scene = join(root, 'scenes/start-company.json')
      await writeFile(scene, (await readFile(scene, 'utf8')).replace('"cue": "greet"', '"cue": "wave"'))
      const expected = [
        'scenes/start-company.json:26:14  /steps/0/cue  未知的动画 "wave"（可用：greet、walk、point、take-ticket、wait、hand-over、use-kiosk、celebrate）',
        '    unknown animation cue "wave" (use one of greet, walk, point, take-ticket, wait, hand-over, use-kiosk, celebrate)',
        '',
        '1 problem in 1 file',
      ]
      expect((await check(root, '--lang', 'zh')).stdout.trim().split('\n')).toEqual(expected)
      const english = await check(root)
      expect(english.stdout.trim().split('\n')[0]).toBe(
        'scenes/start-company.json:26:14  /steps/0/cue  unknown animation cue "wave" (use one of greet, walk, point, take-ticket, wait, hand-over, use-kiosk, celebrate)',
      )
    } finally {
      await rm(root, { recursive: true, force: true })
    }
  }, 30_000)
})
