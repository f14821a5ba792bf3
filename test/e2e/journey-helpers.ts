import type { Page } from 'playwright-core'
import type { AnswerValue } from '../../core/conditions/condition.ts'

/** Where the journey page is: a question (named by its step id), the check page or the result (the route and the list). */
export type JourneyPlace = { kind: 'question'; id: string } | { kind: 'check' } | { kind: 'result' }

/** Answers by question id, as the scene script names them. */
export type PlannedAnswers = Record<string, AnswerValue>

/** One line of the 一次告知单 as data: the matter id (from its guide link) and its window numbers. */
export type ListedMatter = { id: string; windows: number[] }

/** A company that hires six people, issues invoices, sells no food and wants seals. */
export const companyAnswers: PlannedAnswers = {
  'business-form': 'company',
  'applies-in-person': true,
  'has-employees': true,
  'employee-count': 6,
  'needs-invoices': true,
  'sells-food': false,
  'needs-seal': true,
}

/** What the list must say for `companyAnswers`: the matters in order, each with the windows of content/hall/layout.json. */
export const companyList: ListedMatter[] = [
  { id: 'company-establishment', windows: [1, 2] },
  { id: 'company-seal-engraving', windows: [4] },
  { id: 'tax-registration-info', windows: [5, 6] },
  { id: 'invoice-application', windows: [5, 6] },
  { id: 'employer-social-insurance-registration', windows: [15] },
  { id: 'employer-housing-fund-registration', windows: [19, 20] },
]

/** The same answers as a sole trader: no seal question, no housing fund, a sole-trader licence instead. */
export const soleTraderList: ListedMatter[] = [
  { id: 'sole-trader-registration', windows: [1, 2] },
  { id: 'tax-registration-info', windows: [5, 6] },
  { id: 'invoice-application', windows: [5, 6] },
  { id: 'employer-social-insurance-registration', windows: [15] },
]

/** Reads which place the journey shows, from its step view's data attributes, once a heading is on screen. */
export async function place(page: Page): Promise<JourneyPlace> {
  await page.locator('.journey-screen #step-heading, .journey-screen #outcome-heading').first().waitFor({ timeout: 30_000 })
  return page.evaluate((): JourneyPlace => {
    const screen = document.querySelector<HTMLElement>('.journey-screen')!
    const view = screen.dataset.view
    if (view === 'result') return { kind: 'result' }
    if (view === 'check') return { kind: 'check' }
    return { kind: 'question', id: screen.dataset.step ?? '' }
  })
}

/** Runs `act` and waits until the journey shows another place (its data-step or data-view changes). */
export async function advance(page: Page, act: () => Promise<void>): Promise<void> {
  const before = await page.evaluate(() => {
    const s = document.querySelector<HTMLElement>('.journey-screen')
    return `${s?.dataset.view}|${s?.dataset.step}`
  })
  await act()
  await page.waitForFunction(
    (b) => {
      const s = document.querySelector<HTMLElement>('.journey-screen')
      return !!s && `${s.dataset.view}|${s.dataset.step}` !== b
    },
    before,
    { timeout: 30_000 },
  )
  await page.locator('.journey-screen #step-heading, .journey-screen #outcome-heading').first().waitFor({ timeout: 30_000 })
}

/** The option button (or number field) that gives `value` to question `id`. */
export function answerInput(page: Page, id: string, value: AnswerValue) {
  if (typeof value === 'number') return page.locator(`#${id}-input`)
  if (Array.isArray(value)) return page.locator(`input[name="${id}"]`)
  const v = typeof value === 'boolean' ? (value ? 'yes' : 'no') : String(value)
  return page.locator(`form.question button[name="choice"][value="${v}"]`)
}

/** Answers the question on screen with the mouse: one click on a choice; a number typed, then Continue. Returns the clicks made. */
export async function answerByMouse(page: Page, id: string, value: AnswerValue): Promise<number> {
  if (typeof value === 'number') {
    await answerInput(page, id, value).fill(String(value))
    await advance(page, () => page.locator('form.question button.primary[type="submit"]').click())
    return 1
  }
  if (Array.isArray(value)) {
    for (const v of value) await page.locator(`input[name="${id}"][value="${v}"]`).check()
    await advance(page, () => page.locator('form.question button.primary[type="submit"]').click())
    return value.length + 1
  }
  await advance(page, () => answerInput(page, id, value).click())
  return 1
}

/** Answers every question by mouse until the check page (or the result); returns the clicks made. */
export async function walkByMouse(page: Page, answers: PlannedAnswers, stopAt: 'check' | 'result' = 'check'): Promise<number> {
  let clicks = 0
  for (let guard = 0; guard < 40; guard++) {
    const here = await place(page)
    if (here.kind === 'check' && stopAt === 'check') return clicks
    if (here.kind === 'result') return clicks
    if (here.kind === 'check') {
      await advance(page, () => page.locator('section.check button.primary').click())
      clicks++
    } else {
      const value = answers[here.id]
      if (value === undefined) throw new Error(`no planned answer for question "${here.id}"`)
      clicks += await answerByMouse(page, here.id, value)
    }
  }
  throw new Error('the journey did not reach its end within 40 steps')
}

/** The 一次告知单 on screen, as data. */
export async function listedMatters(page: Page): Promise<ListedMatter[]> {
  await page.locator('section.outcome ol.items > li').first().waitFor({ timeout: 30_000 })
  return page.locator('section.outcome ol.items > li').evaluateAll((items) =>
    items.map((li) => {
      const href = li.querySelector('h3 a')?.getAttribute('href') ?? ''
      const where = li.querySelector('.facts > div:first-child dd')?.textContent ?? ''
      return { id: href.replace(/^\/matters\//, ''), windows: (where.match(/\d+/g) ?? []).map(Number) }
    }),
  )
}

/** What the focused element is and whether a keyboard user can see it (on screen, with a visible focus ring). */
export async function focusState(page: Page) {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null
    if (!el || el === document.body) return { id: '', tag: 'body', text: '', onScreen: false, ring: false }
    const rect = el.getBoundingClientRect()
    const style = getComputedStyle(el)
    const onScreen = rect.width > 0 && rect.height > 0 && rect.bottom > 0 && rect.right > 0 && rect.top < innerHeight && rect.left < innerWidth
    const outline = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0
    const ring = outline || (style.boxShadow !== 'none' && style.boxShadow !== '')
    return { id: el.id, tag: el.tagName.toLowerCase(), text: (el.textContent ?? '').trim(), onScreen, ring }
  })
}

/** Waits until the new step's heading holds focus (the journey moves it there after each step). */
export async function headingFocused(page: Page): Promise<void> {
  await page.waitForFunction(() => document.activeElement?.id === 'step-heading', undefined, { timeout: 15_000 })
}

/** Answers `?a=` of a journey URL, decoded: what a shared link would tell anyone who reads it. */
export function answersInUrl(url: string): unknown {
  const a = new URL(url).searchParams.get('a')
  if (!a) return {}
  return JSON.parse(Buffer.from(a, 'base64url').toString('utf8'))
}

/** Visible interactive elements smaller than `min` px in either direction (inline text links excepted, as WCAG 2.5.8 allows). */
export async function smallTargets(page: Page, min: number) {
  return page.evaluate((size) => {
    const found: { what: string; width: number; height: number }[] = []
    const targets = document.querySelectorAll<HTMLElement>('button, label.choice, input[type="text"], input[type="search"], a.back, .departments a, main section a[href^="/situations/"]')
    for (const el of targets) {
      const rect = el.getBoundingClientRect()
      const style = getComputedStyle(el)
      if (rect.width === 0 || style.visibility === 'hidden' || rect.right < 0) continue
      if (rect.width < size || rect.height < size) found.push({ what: `${el.tagName.toLowerCase()} "${(el.textContent ?? '').trim().slice(0, 30)}"`, width: Math.round(rect.width), height: Math.round(rect.height) })
    }
    return found
  }, min)
}
