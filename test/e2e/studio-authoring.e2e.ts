import { spawnSync } from 'node:child_process'
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Browser, Locator, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { loadCatalogue } from '../../core/content/load.ts'
import { enumeratePaths } from '../../core/scenes/paths.ts'
import { SceneScript } from '../../core/scenes/script.ts'
import { compareOutcomes } from '../../core/studio/outcome-diff.ts'
import { readSourceFiles } from '../../server/content/read-source-files.ts'
import { launchChromium, openPage } from './browser.ts'
import { startDevServer, stopDevServer, type DevServer } from './dev-server.ts'

// An editor who never types JSON builds the bubble-tea example of scenes/README.md in the studio
// (npm run dev, STUDIO=dev) against a copy of content/ and scenes/; the saved file must pass
// npm run check and give the example's outcome on every route.
const root = mkdtempSync(join(tmpdir(), 'lobby-authoring-'))
const example = SceneScript.parse(JSON.parse(/<!-- example-script -->\r?\n```json\r?\n([\s\S]*?)\r?\n```/.exec(readFileSync('scenes/README.md', 'utf8'))![1]!))
const matterName = (id: string) => (JSON.parse(readFileSync(`content/matters/${id}.json`, 'utf8')) as { name: { zh: string } }).name.zh

let server: DevServer
let browser: Browser

beforeAll(async () => {
  cpSync('content', join(root, 'content'), { recursive: true })
  cpSync('scenes', join(root, 'scenes'), { recursive: true })
  // Committed, so the studio's review compares a draft with the last committed version (git HEAD).
  const git = (...args: string[]) => spawnSync('git', ['-c', 'user.email=editor@example.gov.cn', '-c', 'user.name=Editor', ...args], { cwd: root, stdio: 'ignore' })
  git('init', '-q', '-b', 'main')
  git('add', '.')
  git('commit', '-qm', 'content')
  server = await startDevServer(root)
  browser = await launchChromium()
}, 200_000)

afterAll(async () => {
  await browser?.close()
  await stopDevServer(server)
  rmSync(root, { recursive: true, force: true })
})

/** What an editor does with the form: fill boxes, pick from lists, press buttons. */
function editor(page: Page) {
  const step = (id: string) => page.locator(`[data-step-editor="${id}"]`)
  const texts = async (scope: Locator, field: string, zh: string, en: string) => {
    const pair = scope.locator(`[data-field$="${field}"]`).first()
    await pair.locator('[lang="zh"]').fill(zh)
    await pair.locator('[lang="en"]').fill(en)
  }
  const add = async (kind: string, id: string) => {
    await page.locator(`[data-add-step="${kind}"]`).click()
    const input = page.locator('[data-step-editor]').last().locator('[data-role="step-id"]')
    await input.fill(id)
    await input.press('Tab')
    await step(id).waitFor()
    return step(id)
  }
  const next = (scope: Locator, to: string) => scope.locator('[data-field$="/next"] > select[data-role="to"]').selectOption(to)
  /** A condition from drop-downs: question, operator, value (a number box for number questions). */
  const condition = async (scope: Locator, question: string, operator: string, value: string) => {
    await scope.locator('select[data-role="question"]').selectOption(question)
    await scope.locator('select[data-role="operator"]').selectOption(operator)
    const box = scope.locator('[data-role="value"]')
    if ((await box.evaluate((el) => el.tagName)) === 'INPUT') await box.fill(value)
    else await box.selectOption(value)
  }
  const branches = async (scope: Locator, first: { question: string; operator: string; value: string; to: string }, otherwise: string) => {
    await scope.getByRole('button', { name: '添加分支' }).click()
    const branch = scope.locator('[data-branch="0"]')
    await condition(branch, first.question, first.operator, first.value)
    await branch.locator('select[data-role="to"]').selectOption(first.to)
    await scope.locator('[data-branch="1"] select[data-role="to"]').selectOption(otherwise)
  }
  const options = async (scope: Locator, list: [string, string, string][]) => {
    while ((await scope.locator('[data-option]').count()) < list.length) await scope.getByRole('button', { name: '添加选项' }).click()
    for (const [i, [value, zh, en]] of list.entries()) {
      const row = scope.locator(`[data-option="${i}"]`)
      await row.locator('[data-role="option-value"]').fill(value)
      await texts(row, '/label', zh, en)
    }
  }
  return { step, texts, add, next, condition, branches, options }
}

/** A shipped situation open in the editor, every check passing, with its file's text as it was. */
async function openShipped(id: string) {
  const file = join(root, `scenes/${id}.json`)
  const original = readFileSync(file, 'utf8')
  const page = await openPage(browser)
  await page.goto(`${server.url}/studio/${id}/edit`, { waitUntil: 'domcontentloaded', timeout: 150_000 })
  const check = page.getByTestId('live-check')
  await expect.poll(() => check.getAttribute('data-problems'), { timeout: 60_000 }).toBe('0')
  return { file, original, page, check }
}

describe('authoring a situation in the studio', () => {
  it('builds the bubble-tea example from forms alone; the saved file passes the checks and gives the example\'s outcome on every route', async () => {
    const page = await openPage(browser)
    const { step, texts, add, next, condition, branches, options } = editor(page)
    const say = (s: (typeof example.steps)[number]) => s as unknown as { say: { zh: string; en: string }; title: { zh: string; en: string }; text: { zh: string; en: string }; hint: { zh: string; en: string }; unit: { zh: string; en: string } }
    const of = (id: string) => say(example.steps.find((s) => s.id === id)!)

    await page.goto(`${server.url}/studio`, { waitUntil: 'domcontentloaded', timeout: 150_000 })
    await page.locator('[data-role="new-id"]').fill('open-tea-shop', { timeout: 150_000 })
    await page.getByRole('button', { name: '新建情形' }).click()
    const welcome = step('welcome')
    await welcome.waitFor({ timeout: 60_000 })

    await texts(page.locator('body'), '/title', example.title.zh, example.title.en)
    await texts(page.locator('body'), '/summary', example.summary.zh, example.summary.en)
    await page.locator('select[data-role="theme"]').selectOption(example.theme)
    await page.locator('select[data-role="audience"]').selectOption(example.audience)
    await texts(welcome, '/say', of('welcome').say.zh, of('welcome').say.en)

    // A new question's empty text is reported beside the field, and the message goes once it is written.
    const hasLicence = await add('question', 'has-licence')
    await expect.poll(() => hasLicence.locator('[data-field$="/text"] [data-problems-for]').count()).toBeGreaterThan(0)
    await texts(hasLicence, '/text', '您已经有营业执照了吗？', 'Do you already have a business licence?')
    await expect.poll(() => hasLicence.locator('[data-field$="/text"] [data-problems-for]').count()).toBe(0)
    await next(welcome, 'has-licence')

    const licenceFirst = await add('info', 'licence-first')
    await texts(licenceFirst, '/title', of('licence-first').title.zh, of('licence-first').title.en)
    await texts(licenceFirst, '/text', of('licence-first').text.zh, of('licence-first').text.en)

    const area = await add('question', 'shop-area')
    await area.locator('select[data-role="input"]').selectOption('number')
    await texts(area, '/text', '店面的经营面积有多大？', 'What is the floor area of the shop?')
    await area.getByRole('button', { name: '添加提示' }).click()
    await texts(area, '/hint', of('shop-area').hint.zh, of('shop-area').hint.en)
    await area.locator('[data-role="min"]').fill('1')
    await area.locator('[data-role="max"]').fill('2000')
    await texts(area, '/unit', '平方米', 'm²')
    await next(licenceFirst, 'shop-area')
    await branches(hasLicence, { question: 'has-licence', operator: 'is', value: 'false', to: 'licence-first' }, 'shop-area')

    /** A choice question: its kind, its text and its options, each a value and a label in both languages. */
    const choice = async (id: string, input: string, text: [string, string], list: [string, string, string][]) => {
      const q = await add('question', id)
      await q.locator('select[data-role="input"]').selectOption(input)
      await texts(q, '/text', ...text)
      await options(q, list)
      return q
    }
    const extras = await choice('extras', 'multiple', ['以下哪些情况适用于您的店？', 'Which of these apply to your shop?'], [
      ['outdoor-sign', '在店外设置门头招牌', 'A sign outside the shop'],
      ['delivery', '通过外卖平台卖饮品', 'Selling through delivery apps'],
      ['none', '以上都没有', 'None of these'],
    ])
    await next(area, 'extras')
    const applicant = await choice('applicant', 'single', ['谁来办理？', 'Who will make the applications?'], [
      ['self', '经营者本人', 'The owner in person'],
      ['agent', '委托他人代办', "Someone else on the owner's behalf"],
    ])
    await next(extras, 'applicant')

    const scene = async (id: string, window: string | null, cue: string) => {
      const s = await add('scene', id)
      if (window) {
        await s.locator('select[data-role="place-kind"]').selectOption('window')
        await s.locator('select[data-role="place"]').selectOption(window)
      }
      await s.locator('select[data-role="cue"]').selectOption(cue)
      await texts(s, '/say', of(id).say.zh, of(id).say.en)
      return s
    }
    const foodWindow = await scene('food-window', '7', 'walk')
    await next(applicant, 'food-window')
    const signWindow = await scene('sign-window', '10', 'point')
    const allSet = await scene('all-set', null, 'celebrate')
    await next(signWindow, 'all-set')
    await branches(foodWindow, { question: 'extras', operator: 'includes', value: 'outdoor-sign', to: 'sign-window' }, 'all-set')

    // A step added by mistake, moved and deleted.
    const stray = await add('info', 'stray')
    await stray.getByRole('button', { name: '上移' }).click()
    await expect.poll(() => page.locator('[data-step-editor]').nth(8).getAttribute('data-step-editor')).toBe('stray')
    await step('stray').getByRole('button', { name: '删除此步骤' }).click()
    await expect.poll(() => step('stray').count()).toBe(0)

    const list = await add('outcome', 'your-list')
    await next(allSet, 'your-list')
    await texts(list, '/title', of('your-list').title.zh, of('your-list').title.en)
    await list.getByRole('button', { name: '添加正文' }).click()
    await texts(list, '/text', of('your-list').text.zh, of('your-list').text.en)
    const entries = [
      { matter: 'sole-trader-registration', when: ['has-licence', 'is', 'false'], materials: { 'agent-authorisation': ['applicant', 'is', 'agent'] } },
      { matter: 'food-business-licence', when: null, materials: { 'online-business': ['extras', 'includes', 'delivery'], 'agent-authorisation': ['applicant', 'is', 'agent'] } },
      { matter: 'fire-safety-inspection', when: ['shop-area', 'gte', '50'], materials: { 'agent-authorisation': ['applicant', 'is', 'agent'] } },
      { matter: 'outdoor-signboard-approval', when: ['extras', 'includes', 'outdoor-sign'], materials: { 'agent-authorisation': ['applicant', 'is', 'agent'] } },
    ] as const
    for (const [i, entry] of entries.entries()) {
      await list.getByRole('button', { name: '添加事项' }).click()
      const row = list.locator(`[data-matter-entry="${i}"]`)
      await row.locator('select[data-role="matter"]').selectOption({ label: matterName(entry.matter) })
      if (entry.when) {
        await row.locator('select[data-role="matter-when"]').selectOption('if')
        await condition(row.locator('.when'), entry.when[0], entry.when[1], entry.when[2])
      }
      for (const [material, when] of Object.entries(entry.materials)) {
        const line = row.locator(`[data-material="${material}"]`)
        await line.locator('select[data-role="material-mode"]').selectOption('answer')
        await condition(line, when[0], when[1], when[2])
      }
    }

    // Every check passes live, and the map shows every step.
    const check = page.getByTestId('live-check')
    await expect.poll(() => check.getAttribute('data-problems'), { timeout: 30_000 }).toBe('0')
    await expect.poll(() => page.getByTestId('script-map').locator('g.node').count(), { timeout: 30_000 }).toBe(example.steps.length)

    // Saving shows the outcome diff first (a new situation has no committed version), then writes.
    await page.getByRole('button', { name: '查看改动对结果的影响' }).click()
    await expect.poll(() => page.getByTestId('outcome-diff').getAttribute('data-status'), { timeout: 60_000 }).toBe('new')
    await page.getByRole('button', { name: '确认保存' }).click()
    // Saved, or refused with the reasons (shown in the failure).
    await page.locator('[data-testid="saved"], [data-testid="save-panel"] [role="alert"]').first().waitFor({ timeout: 60_000 })
    expect(await page.getByTestId('save-panel').textContent()).toContain('已保存')

    const check_ = spawnSync(process.execPath, ['--import', 'tsx', 'server/cli/check.ts', root], { encoding: 'utf8' })
    expect(check_.stdout).toContain('content OK')
    expect(check_.status).toBe(0)

    const { catalogue } = loadCatalogue(await readSourceFiles(root))
    const saved = catalogue!.scenes.find((s) => s.id === 'open-tea-shop')!
    const { routes, changed } = compareOutcomes(example, saved, catalogue!)
    expect(changed).toEqual([])
    // Not only the same outcomes: the same situation, field for field.
    expect(saved).toEqual(example)
    expect(routes).toBe(enumeratePaths(example).length)
    expect(routes).toBeGreaterThan(10)
  }, 600_000)

  it('edits a matter from the form: windows ticked from the hall are listed back in the layout by the same save, and the checks speak beside the field', async () => {
    const page = await openPage(browser)
    await page.goto(`${server.url}/studio`, { waitUntil: 'domcontentloaded', timeout: 150_000 })
    await page.getByText('编辑事项（办事指南）').click({ timeout: 60_000 })
    await page.getByRole('link', { name: matterName('food-business-licence') }).click()
    const form = page.getByTestId('matter-editor')
    await form.waitFor({ timeout: 60_000 })

    // A visit with no reason is reported beside the visits, in Chinese, and goes once undone.
    await form.locator('[data-field="/visits/count"] input').fill('1')
    await expect.poll(() => form.locator('[data-problems-for="/visits"]').textContent()).toContain('请说明群众为什么要到大厅 1 次')
    await form.locator('[data-field="/visits/count"] input').fill('0')
    await expect.poll(() => form.getAttribute('data-problems')).toBe('0')

    await page.locator('input[data-window="9"]').check()
    await page.getByRole('button', { name: '确认保存' }).click()
    await page.getByTestId('saved').waitFor({ timeout: 60_000 })

    const matter = JSON.parse(readFileSync(join(root, 'content/matters/food-business-licence.json'), 'utf8')) as { windows: number[] }
    const layout = JSON.parse(readFileSync(join(root, 'content/hall/layout.json'), 'utf8')) as { windows: { number: number; matters: string[] }[] }
    expect(matter.windows).toEqual([7, 8, 9])
    expect(layout.windows.find((w) => w.number === 9)!.matters).toEqual(['fire-safety-inspection', 'food-business-licence'])
    const check = spawnSync(process.execPath, ['--import', 'tsx', 'server/cli/check.ts', root], { encoding: 'utf8' })
    expect(check.stdout).toContain('content OK')
  }, 300_000)

  it('builds a compound condition from buttons and drop-downs; a situation opened and saved untouched keeps its compound conditions byte for byte', async () => {
    const { file, original, page, check } = await openShipped('open-restaurant')

    // Opened and saved as it is: every route the same, the file unchanged (its all/any conditions included).
    await page.getByRole('button', { name: '查看改动对结果的影响' }).click()
    await expect.poll(() => page.getByTestId('outcome-diff').getAttribute('data-status'), { timeout: 60_000 }).toBe('compared')
    await expect.poll(() => page.getByTestId('outcome-diff').textContent()).toMatch(/全部 \d+ 条路线的结果与上次提交的版本相同/)
    await page.getByRole('button', { name: '确认保存' }).click()
    await page.getByTestId('saved').waitFor({ timeout: 60_000 })
    expect(readFileSync(file, 'utf8')).toBe(original)

    // The signboard approval only for a sign outside AND NOT selling online: a clause added, its question
    // picked, negated; the join switched to 任一满足 and back; a third clause added and removed again.
    const when = page.locator('[data-step-editor="your-list"] [data-matter-entry="4"] .when')
    await when.locator('[data-role="add-clause"]').click()
    const group = when.locator('fieldset[data-join]').first()
    await expect.poll(() => group.getAttribute('data-join')).toBe('all')
    const second = group.locator(':scope > ol > li[data-clause="1"]')
    await second.locator('select[data-role="question"]').selectOption('sells-online')
    await second.locator('[data-role="negate"]').first().click()
    await group.locator('select[data-role="join"]').selectOption('any')
    await expect.poll(() => group.getAttribute('data-join')).toBe('any')
    await group.locator('select[data-role="join"]').selectOption('all')
    await group.locator(':scope > legend [data-role="add-clause"]').click()
    await expect.poll(() => group.locator(':scope > ol > li').count()).toBe(3)
    await group.locator(':scope > ol > li[data-clause="2"] [data-role="remove-clause"]').click()
    await expect.poll(() => group.locator(':scope > ol > li').count()).toBe(2)
    await expect.poll(() => check.getAttribute('data-problems'), { timeout: 30_000 }).toBe('0')

    // The review speaks Chinese, in the words of npm run diff-outcomes with LANG=zh.
    await page.getByRole('button', { name: '查看改动对结果的影响' }).click()
    const diff = page.getByTestId('outcome-diff')
    await expect.poll(() => diff.locator('pre').first().textContent(), { timeout: 60_000 }).toMatch(/^\d+ 条路线中有 \d+ 条的结果不同：/)
    expect(await diff.locator('pre').first().textContent()).toContain('- 事项 outdoor-signboard-approval')
    await page.getByRole('button', { name: '确认保存' }).click()
    await page.getByTestId('saved').waitFor({ timeout: 60_000 })

    const saved = readFileSync(file, 'utf8')
    const script = JSON.parse(saved) as { steps: { id: string; matters?: { matter: string; when?: unknown }[] }[] }
    expect(script.steps.find((s) => s.id === 'your-list')!.matters![4]).toMatchObject({
      matter: 'outdoor-signboard-approval',
      when: { all: [{ answer: 'outdoor-sign', is: true }, { not: { answer: 'sells-online', is: true } }] },
    })
    // Only the edited line of the file changed.
    const changedLines = saved.split('\n').filter((line, i) => line !== original.split('\n')[i])
    expect(changedLines).toHaveLength(1)
    const cli = spawnSync(process.execPath, ['--import', 'tsx', 'server/cli/check.ts', root], { encoding: 'utf8' })
    expect(cli.stdout).toContain('content OK')
    writeFileSync(file, original)
  }, 300_000)

  it('writes a paragraph of the outcome for some routes only, its condition from drop-downs, and the file passes the checks', async () => {
    const { file, original, page, check } = await openShipped('open-restaurant')
    const list = page.locator('[data-step-editor="your-list"]')
    await list.locator('[data-role="add-paragraph"]').click()
    const paragraph = list.locator('[data-paragraph="0"]')
    // Empty texts are reported beside the paragraph until written.
    await expect.poll(() => paragraph.locator('[data-problems-for]').count()).toBeGreaterThan(0)
    await paragraph.locator('select[data-role="question"]').selectOption('applicant')
    await paragraph.locator('select[data-role="value"]').selectOption('agent')
    await paragraph.locator('[lang="zh"]').fill('代办人请带上授权委托书。')
    await paragraph.locator('[lang="en"]').fill('If someone applies for you, they bring your letter of authority.')
    await expect.poll(() => check.getAttribute('data-problems'), { timeout: 30_000 }).toBe('0')
    await page.getByRole('button', { name: '查看改动对结果的影响' }).click()
    await page.getByRole('button', { name: '确认保存' }).click()
    await page.getByTestId('saved').waitFor({ timeout: 60_000 })
    const script = JSON.parse(readFileSync(file, 'utf8')) as { steps: { id: string; paragraphs?: unknown }[] }
    expect(script.steps.find((s) => s.id === 'your-list')!.paragraphs).toEqual([
      { when: { answer: 'applicant', is: 'agent' }, text: { zh: '代办人请带上授权委托书。', en: 'If someone applies for you, they bring your letter of authority.' } },
    ])
    const cli = spawnSync(process.execPath, ['--import', 'tsx', 'server/cli/check.ts', root], { encoding: 'utf8' })
    expect(cli.stdout).toContain('content OK')
    writeFileSync(file, original)
  }, 300_000)

  it('gives a matter a promised limit by case from drop-downs and boxes: a limit over the legal one is reported beside the case, a fixed one saves and passes the checks', async () => {
    const { file, original, page, check } = await openShipped('open-restaurant')
    const { condition } = editor(page)
    const food = page.locator('[data-step-editor="your-list"] [data-matter-entry="2"]')
    await food.locator('[data-role="add-case-limit"]').click()
    const kase = food.locator('[data-case-limit="0"]')
    await condition(kase, 'floor-area', 'gte', '50')
    await kase.locator('[data-role="case-limit-value"]').fill('15')
    // food-business-licence: legal limit 10 工作日.
    await expect.poll(() => kase.innerText(), { timeout: 30_000 }).toContain('这种情形的承诺时限（15 工作日）长于 "food-business-licence" 的法定时限（10 工作日）')
    await kase.locator('[data-role="case-limit-value"]').fill('7')
    // A new case starts with an empty note in both languages, saved only once written.
    await kase.locator('[lang="zh"]').fill('经营面积50平方米以上的，现场核查后作出许可决定。')
    await kase.locator('[lang="en"]').fill('Premises of 50 m² or more are inspected before the decision.')
    await expect.poll(() => check.getAttribute('data-problems'), { timeout: 30_000 }).toBe('0')
    await page.getByRole('button', { name: '查看改动对结果的影响' }).click()
    await page.getByRole('button', { name: '确认保存' }).click()
    await page.getByTestId('saved').waitFor({ timeout: 60_000 })
    const script = JSON.parse(readFileSync(file, 'utf8')) as { steps: { id: string; matters?: { matter: string; promisedLimits?: unknown }[] }[] }
    expect(script.steps.find((s) => s.id === 'your-list')!.matters!.find((m) => m.matter === 'food-business-licence')!.promisedLimits).toEqual([
      { when: { answer: 'floor-area', gte: 50 }, limit: { value: 7, unit: '工作日', note: { zh: '经营面积50平方米以上的，现场核查后作出许可决定。', en: 'Premises of 50 m² or more are inspected before the decision.' } } },
    ])
    const cli = spawnSync(process.execPath, ['--import', 'tsx', 'server/cli/check.ts', root], { encoding: 'utf8' })
    expect(cli.stdout).toContain('content OK')
    writeFileSync(file, original)
  }, 300_000)

  it('creates a new matter from the form, every field of the guide by name or by box, and the saved file passes the checks', async () => {
    const page = await openPage(browser)
    await page.goto(`${server.url}/studio`, { waitUntil: 'domcontentloaded', timeout: 150_000 })
    await page.locator('[data-role="new-matter-id"]').fill('pet-dog-registration', { timeout: 150_000 })
    await page.getByRole('button', { name: '新建事项' }).click()
    const form = page.getByTestId('matter-editor')
    await form.waitFor({ timeout: 60_000 })
    const field = (pointer: string) => form.locator(`[data-field="${pointer}"]`).first()
    const texts = async (pointer: string, zh: string, en: string) => {
      await field(pointer).locator('[lang="zh"]').first().fill(zh)
      await field(pointer).locator('[lang="en"]').first().fill(en)
    }

    // A blank guide is reported field by field, in Chinese, beside each field.
    await expect.poll(async () => Number(await form.getAttribute('data-problems'))).toBeGreaterThan(5)
    await expect.poll(() => form.locator('[data-problems-for="/name"]').count()).toBeGreaterThan(0)

    await field('/code/basic').locator('input').fill('000172002000')
    await field('/code/implementation').locator('input').fill('11330100MB1234567X4000172002000')
    await texts('/name', '犬只登记', 'Dog registration')
    await expect.poll(() => form.locator('[data-problems-for="/name"]').count()).toBe(0)
    await field('/type').locator('select').selectOption('行政许可')
    await field('/department').locator('select').selectOption({ label: '江川市公安局' })
    await field('/themes').locator('input[value="household"]').check()
    await texts('/summary', '在城区饲养犬只的，应当办理犬只登记。', 'Dogs kept in the city must be registered.')
    await texts('/basis/0/name', '《江川市养犬管理条例》', 'Jiangchuan Dog Keeping Regulations')
    await form.locator('[data-add-field="basis.article"]').click()
    await texts('/basis/0/article', '第十条', 'Article 10')
    await texts('/conditions/0', '在本市城区饲养犬只的个人', 'Individuals keeping a dog in the city')
    await form.locator('[data-add-entry="materials"]').click()
    await texts('/materials/0/name', '居民身份证', 'Resident ID card')
    await field('/materials/0/required').locator('input').check()
    await texts('/process/0/name', '受理', 'Acceptance')
    await field('/legalLimit/value').locator('input').fill('5')
    await field('/promisedLimit/value').locator('input').fill('3')
    await field('/kind').locator('select').selectOption('承诺')
    await field('/caseType').locator('select').selectOption('承诺件')
    await page.locator('input[data-window="5"]').check()
    await texts('/hours', '周一至周五 9:00-17:00', 'Mon-Fri 9:00-17:00')
    await texts('/result/name', '犬只登记证', 'Dog registration certificate')
    await field('/consultation/phone').locator('input').fill('0571-87001234')
    await field('/complaint/phone').locator('input').fill('12345')
    await texts('/scope', '全市通办', 'Anywhere in the city')
    await expect.poll(() => form.getAttribute('data-problems'), { timeout: 30_000 }).toBe('0')

    await page.getByRole('button', { name: '确认保存' }).click()
    await page.getByTestId('saved').waitFor({ timeout: 60_000 })
    const text = readFileSync(join(root, 'content/matters/pet-dog-registration.json'), 'utf8')
    const matter = JSON.parse(text) as Record<string, unknown>
    // The guide's key order, readable Chinese, nothing left empty.
    expect(Object.keys(matter).slice(0, 6)).toEqual(['$schema', 'id', 'code', 'name', 'type', 'kind'])
    expect(text).toContain('"犬只登记"')
    expect(matter).toMatchObject({ department: 'public-security', themes: ['household'], windows: [5], basis: [{ name: { zh: '《江川市养犬管理条例》' }, article: { zh: '第十条' } }] })
    const layout = JSON.parse(readFileSync(join(root, 'content/hall/layout.json'), 'utf8')) as { windows: { number: number; matters: string[] }[] }
    expect(layout.windows.find((w) => w.number === 5)!.matters).toContain('pet-dog-registration')
    const cli = spawnSync(process.execPath, ['--import', 'tsx', 'server/cli/check.ts', root], { encoding: 'utf8' })
    expect(cli.stdout).toContain('content OK')
  }, 300_000)

  it('will not open a situation whose file it cannot read, so a save never replaces it with a blank one', async () => {
    writeFileSync(join(root, 'scenes/half-written.json'), '{ "id": "half-written", "steps": [')
    const page = await openPage(browser)
    await page.goto(`${server.url}/studio`, { waitUntil: 'domcontentloaded', timeout: 150_000 })
    await page.locator('[data-scene="half-written"]').waitFor({ timeout: 60_000 })
    await page.goto(`${server.url}/studio/half-written/edit`, { waitUntil: 'domcontentloaded' })
    await page.getByTestId('broken-file').waitFor({ timeout: 60_000 })
    expect(await page.locator('[data-step-editor]').count()).toBe(0)
    rmSync(join(root, 'scenes/half-written.json'))
  }, 200_000)
})
