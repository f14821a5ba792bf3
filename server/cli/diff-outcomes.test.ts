import { execFile, execFileSync } from 'node:child_process'
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

const run = promisify(execFile)
const repo = join(import.meta.dirname, '../..')
let root: string

async function diffOutcomes(lang = 'C.UTF-8', ...flags: string[]): Promise<{ code: number; stdout: string }> {
  try {
    const env = { ...process.env, LANG: lang, LC_ALL: '', LC_MESSAGES: '' }
    const { stdout } = await run(join(repo, 'node_modules/.bin/tsx'), [join(repo, 'server/cli/diff-outcomes.ts'), ...flags], { cwd: root, env })
    return { code: 0, stdout }
  } catch (error) {
    const e = error as { code: number; stdout: string }
    return { code: e.code, stdout: e.stdout }
  }
}

describe('npm run diff-outcomes', () => {
  beforeAll(async () => {
    root = await mkdtemp(join(tmpdir(), 'diff-outcomes-'))
    await cp(join(repo, 'test/fixtures/content/valid'), root, { recursive: true })
    const git = (...args: string[]) => execFileSync('git', args, { cwd: root, stdio: 'ignore' })
    git('init', '-q', '-b', 'main')
    git('-c', 'user.email=editor@example.gov.cn', '-c', 'user.name=Editor', 'add', '.')
    git('-c', 'user.email=editor@example.gov.cn', '-c', 'user.name=Editor', 'commit', '-qm', 'content')
  })
  afterAll(() => rm(root, { recursive: true, force: true }))

  it('exits 0 and says so when every route gives the same outcome', async () => {
    expect(await diffOutcomes()).toEqual({ code: 0, stdout: 'scenes/start-company.json: all 2 routes give the same outcome as on main.\n\n' })
  }, 60_000)

  it('exits 1 with a grouped summary when an edited matter changes what routes are told', async () => {
    const file = join(root, 'content/matters/company-establishment.json')
    const matter = JSON.parse(await readFile(file, 'utf8'))
    matter.materials.push({ ...matter.materials[0], id: 'shareholder-register', name: { zh: '股东名册', en: 'Register of shareholders' } })
    await writeFile(file, JSON.stringify(matter, null, 2) + '\n')
    const { code, stdout } = await diffOutcomes()
    expect(code).toBe(1)
    expect(stdout.split('\n').slice(0, 3)).toEqual([
      'scenes/start-company.json (against main)',
      '2 of 2 routes give a different outcome:',
      '  2 routes where shareholders = 1: ~ materials of company-establishment: + shareholder-register',
    ])
  }, 60_000)

  it('speaks Chinese, with the studio\'s words, under a Chinese LANG or --lang zh', async () => {
    const chinese = [
      'scenes/start-company.json（对比 main）',
      '2 条路线中有 2 条的结果不同：',
      '  2 条路线（shareholders = 1）：~ company-establishment 的材料：+ shareholder-register',
    ]
    const byLang = await diffOutcomes('zh_CN.UTF-8')
    expect(byLang.code).toBe(1)
    expect(byLang.stdout.split('\n').slice(0, 3)).toEqual(chinese)
    expect((await diffOutcomes('C.UTF-8', '--lang', 'zh')).stdout.split('\n').slice(0, 3)).toEqual(chinese)
  }, 60_000)
})
