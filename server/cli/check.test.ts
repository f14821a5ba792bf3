import { execFile } from 'node:child_process'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { describe, expect, it } from 'vitest'

const run = promisify(execFile)
const repo = join(import.meta.dirname, '../..')
const fixtures = join(repo, 'test/fixtures/content')

async function check(root: string): Promise<{ code: number; stdout: string; stderr: string }> {
  const tsx = join(repo, 'node_modules/.bin/tsx')
  try {
    const { stdout, stderr } = await run(tsx, [join(repo, 'server/cli/check.ts'), root], { cwd: repo })
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
})
