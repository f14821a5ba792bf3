import type { Browser, Page } from 'playwright-core'
import { encodeAnswers } from '../../client/journey/share-link.ts'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import {
  advance,
  answerInput,
  answerByMouse,
  answersInUrl,
  companyAnswers,
  companyList,
  focusState,
  headingFocused,
  listedMatters,
  place,
  smallTargets,
  soleTraderList,
  walkByMouse,
} from './journey-helpers.ts'
import { launchChromium, openPage } from './browser.ts'

const baseUrl = inject('baseUrl')
const journeyUrl = `${baseUrl}/situations/open-business`
/** A walk of ~17 steps beside the animated hall takes over a minute when the machine is busy. */
const walkTimeout = 240_000
/** Tests that are not about the hall's motion ask for reduced motion, as many citizens do, to spare the CPU. */
const calm = { reducedMotion: 'reduce' } as const

let browser: Browser
const errors: string[] = []

beforeAll(async () => {
  browser = await launchChromium()
})
afterAll(async () => {
  await browser?.close()
})

/** A fresh page whose uncaught errors fail the test that made them. */
async function freshPage(options: Parameters<typeof openPage>[1] = {}): Promise<Page> {
  const page = await openPage(browser, options)
  errors.length = 0
  page.on('pageerror', (error) => errors.push(error.message))
  return page
}

async function finish(page: Page): Promise<void> {
  await page.context().close()
  expect(errors, 'uncaught errors in the page').toEqual([])
}

/** Presses Tab and checks that what takes focus is on screen and shows the focus ring. */
async function tab(page: Page) {
  await page.keyboard.press('Tab')
  const focus = await focusState(page)
  expect(focus.tag, 'Tab reached the page body').not.toBe('body')
  expect(focus.onScreen, `focused ${focus.tag} "${focus.text.slice(0, 40)}" is off screen`).toBe(true)
  expect(focus.ring, `focused ${focus.tag} "${focus.text.slice(0, 40)}" has no visible focus outline`).toBe(true)
  return focus
}

/** Tabs forward until `wanted` holds for the focused element (at most `limit` presses). */
async function tabUntil(page: Page, wanted: () => Promise<boolean>, limit = 60): Promise<void> {
  for (let i = 0; i < limit; i++) {
    await tab(page)
    if (await wanted()) return
  }
  throw new Error(`the wanted element never took focus within ${limit} presses of Tab`)
}

const focusedMatches = (page: Page, selector: string) => () => page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)

/** Answers the question on screen with the keyboard alone: Tab to the option and Enter; a number typed, then Enter. */
async function answerByKeyboard(page: Page, id: string, value: (typeof companyAnswers)[string]): Promise<void> {
  if (typeof value === 'number') {
    await tabUntil(page, focusedMatches(page, `#${id}-input`), 20)
    await page.keyboard.type(String(value))
    await advance(page, () => page.keyboard.press('Enter'))
    return
  }
  const wanted = typeof value === 'boolean' ? (value ? 'yes' : 'no') : String(value)
  await tabUntil(page, focusedMatches(page, `form.question button[name="choice"][value="${wanted}"]`), 20)
  await advance(page, () => page.keyboard.press('Enter'))
}

async function walkByKeyboard(page: Page): Promise<void> {
  for (let guard = 0; guard < 40; guard++) {
    await headingFocused(page)
    const here = await place(page)
    if (here.kind === 'result') return
    if (here.kind === 'question') {
      await answerByKeyboard(page, here.id, companyAnswers[here.id]!)
      continue
    }
    await tabUntil(page, focusedMatches(page, 'section.check button.primary'), 20)
    await advance(page, () => page.keyboard.press('Enter'))
  }
  throw new Error('the keyboard journey did not reach the list within 40 steps')
}

/** Whether the option giving `value` is marked as the earlier answer (Back and Change show what was chosen). */
const markedEarlier = (page: Page, id: string, value: (typeof companyAnswers)[string]) =>
  answerInput(page, id, value).evaluate((b) => b.hasAttribute('aria-describedby') && !!b.querySelector('.earlier'))

describe('开办企业 in Chromium', () => {
  it('completes the journey by mouse and lists the matters in order with their windows', async () => {
    const page = await freshPage()
    await page.goto(`${baseUrl}/`)
    await page.getByRole('link', { name: /开办企业/ }).click()
    await page.waitForURL(/\/situations\/open-business$/)
    await page.getByText('第 1 个问题').waitFor()
    await walkByMouse(page, companyAnswers)
    await advance(page, () => page.getByRole('button', { name: '确认，查看一次告知单' }).click())
    expect(await listedMatters(page)).toEqual(companyList)
    expect(await page.locator('#outcome-heading').textContent()).toBe('开办有限责任公司：您的办事清单')
    await finish(page)
  }, walkTimeout)

  it('completes the journey by keyboard alone, focus on each new heading and always visible', async () => {
    const page = await freshPage()
    await page.goto(`${baseUrl}/`)
    await page.getByRole('link', { name: /开办企业/ }).waitFor()
    await tabUntil(page, focusedMatches(page, 'a[href="/situations/open-business"]'))
    await page.keyboard.press('Enter')
    await page.waitForURL(/\/situations\/open-business$/)
    await walkByKeyboard(page)
    expect(await listedMatters(page)).toEqual(companyList)
    await finish(page)
  }, walkTimeout)

  it('opened from a link, starts reading at the top with the skip link, then moves focus to each new question', async () => {
    const page = await freshPage(calm)
    await page.goto(journeyUrl)
    expect(await place(page)).toEqual({ kind: 'question', id: 'business-form' })
    expect((await focusState(page)).tag).toBe('body')
    expect((await tab(page)).text).toBe('跳到主要内容')
    await answerByMouse(page, 'business-form', 'company')
    await headingFocused(page)
    expect(await place(page)).toEqual({ kind: 'question', id: 'applies-in-person' })
    await finish(page)
  }, walkTimeout)

  it('switches to English mid-journey without losing the answers', async () => {
    const page = await freshPage(calm)
    await page.goto(journeyUrl)
    expect(await place(page)).toEqual({ kind: 'question', id: 'business-form' })
    await answerByMouse(page, 'business-form', 'company')
    await page.getByRole('button', { name: 'English' }).click()
    // The info step rides along with the next question, as a note above it.
    await page.getByRole('heading', { level: 3, name: 'Choosing and declaring your business name' }).waitFor()
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en')

    // Back shows the earlier answer still chosen, now in English.
    await advance(page, () => page.getByRole('button', { name: /Back/ }).click())
    await page.getByRole('heading', { level: 2, name: 'What kind of business are you setting up?' }).waitFor()
    expect(await markedEarlier(page, 'business-form', 'company')).toBe(true)
    await answerByMouse(page, 'business-form', 'company')

    await walkByMouse(page, companyAnswers)
    await page.getByRole('heading', { level: 2, name: 'Check your answers' }).waitFor()
    const rows = await page.locator('section.check .row').evaluateAll((els) =>
      els.map((r) => [r.querySelector('dt')?.textContent?.trim(), r.querySelector('dd.answer')?.textContent?.trim()]),
    )
    expect(rows).toContainEqual(['What kind of business are you setting up?', 'A limited liability company'])
    expect(rows).toContainEqual(['How many people do you expect to employ?', '6 people'])
    await advance(page, () => page.getByRole('button', { name: 'Confirm and see my list' }).click())
    expect(await page.locator('#outcome-heading').textContent()).toBe('Setting up a limited company: your list')
    expect(await listedMatters(page)).toEqual(companyList)
    expect(await page.locator('section.outcome ol.items > li').first().locator('.facts dd').first().textContent()).toMatch(/^Window 1/)
    await finish(page)
  }, walkTimeout)

  it('runs in elder mode with text of at least 18 px, growing past 30 px, and targets of at least 44 px', async () => {
    const page = await freshPage(calm)
    await page.goto(journeyUrl)
    await page.getByRole('button', { name: '长辈版' }).click()
    await page.locator('html[data-elder]').waitFor({ state: 'attached' })
    const baseSize = () => page.evaluate(() => parseFloat(getComputedStyle(document.documentElement).fontSize))
    expect(await baseSize()).toBeGreaterThanOrEqual(18)
    expect(await page.evaluate(() => parseFloat(getComputedStyle(document.body).lineHeight) / parseFloat(getComputedStyle(document.body).fontSize))).toBeGreaterThanOrEqual(1.3)

    for (let guard = 0; guard < 40; guard++) {
      const here = await place(page)
      expect(await smallTargets(page, 44), `targets under 44 px on ${JSON.stringify(here)}`).toEqual([])
      if (here.kind === 'result') break
      if (here.kind === 'question') await answerByMouse(page, here.id, companyAnswers[here.id]!)
      else await advance(page, () => page.locator('section.check button.primary').click())
    }
    expect(await listedMatters(page)).toEqual(companyList)

    const larger = page.getByRole('button', { name: '文字变大' })
    while (await larger.isEnabled()) await larger.click()
    expect(await baseSize()).toBeGreaterThanOrEqual(30)
    expect(await smallTargets(page, 44)).toEqual([])
    await finish(page)
  }, walkTimeout)

  it('changes an earlier answer on the check page and the list changes with it', async () => {
    const page = await freshPage(calm)
    await page.goto(journeyUrl)
    await walkByMouse(page, companyAnswers)
    await advance(page, () => page.getByRole('button', { name: '确认，查看一次告知单' }).click())
    expect(await listedMatters(page)).toEqual(companyList)

    await advance(page, () => page.getByRole('button', { name: /返回上一步/ }).click())
    expect(await place(page)).toEqual({ kind: 'check' })
    await advance(page, () => page.getByRole('button', { name: '修改 您打算以什么形式经营？' }).click())
    expect(await markedEarlier(page, 'business-form', 'company')).toBe(true)
    await answerByMouse(page, 'business-form', 'sole-trader')

    // Every other answer still reaches the end, so the citizen is back on the check page, without the seal question.
    expect(await place(page)).toEqual({ kind: 'check' })
    const asked = await page.locator('section.check dt').allTextContents()
    expect(asked).not.toContain('公司需要刻制公章吗？')
    expect(await page.locator('section.check dd.answer').first().textContent()).toBe('个体工商户')
    await advance(page, () => page.getByRole('button', { name: '确认，查看一次告知单' }).click())
    expect(await listedMatters(page)).toEqual(soleTraderList)
    expect(answersInUrl(page.url())).toMatchObject({ 'business-form': 'sole-trader' })
    await finish(page)
  }, walkTimeout)

  it('shares a link that holds only the answers and reproduces the same list in a fresh browser', async () => {
    const page = await freshPage(calm)
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseUrl })
    await page.goto(journeyUrl)
    await walkByMouse(page, companyAnswers)
    await advance(page, () => page.getByRole('button', { name: '确认，查看一次告知单' }).click())
    const list = await listedMatters(page)
    expect(list).toEqual(companyList)

    await page.getByRole('button', { name: '复制分享链接' }).click()
    await page.locator('.copied', { hasText: /\S/ }).waitFor()
    const copied = await page.locator('.copied').textContent()
    const link = copied?.includes('http') ? copied.slice(copied.indexOf('http')) : await page.evaluate(() => navigator.clipboard.readText())
    const url = new URL(link)
    expect(url.pathname).toBe('/situations/open-business')
    expect([...url.searchParams.keys()]).toEqual(['a'])
    // Only the seven answers, exactly as chosen: no name, ID number or anything typed into a form.
    expect(answersInUrl(link)).toEqual(companyAnswers)

    const other = await browser.newContext({ locale: 'zh-CN', ...calm })
    const fresh = await other.newPage()
    await fresh.goto(link)
    expect(await place(fresh)).toEqual({ kind: 'result' })
    expect(await listedMatters(fresh)).toEqual(list)
    await other.close()
    await finish(page)
  }, walkTimeout)

  it('prints the list on A4 with date, centre address and hours, the answers and a QR code, and the settings, hall and buttons hidden', async () => {
    const page = await freshPage(calm)
    await page.goto(`${journeyUrl}?a=${encodeAnswers(companyAnswers)}`)
    expect(await listedMatters(page)).toEqual(companyList)

    await page.emulateMedia({ media: 'print' })
    const visible = (selector: string) => page.locator(selector).first().isVisible()
    expect(await visible('section.outcome ol.items')).toBe(true)
    expect(await page.locator('section.outcome ol.items > li').evaluateAll((items) => items.filter((li) => (li as HTMLElement).offsetHeight > 0).length)).toBe(companyList.length)
    for (const hidden of ['header.site-header nav', '.skip', 'aside.hall', '.actions', 'button.back', 'footer.site-footer']) {
      expect(await visible(hidden), `${hidden} shows in print`).toBe(false)
    }
    // The printed list says when it was made, where and when the centre is open, what it was built from, and how to open it again.
    const printed = page.getByTestId('printed-summary')
    expect(await printed.isVisible()).toBe(true)
    const text = await printed.innerText()
    const today = new Date()
    expect(text).toContain(`制表日期：${today.getFullYear()}年${today.getMonth() + 1}月${today.getDate()}日`)
    expect(text).toContain('江川市政务服务中心')
    expect(text).toMatch(/地址：.*江川市/)
    expect(text).toMatch(/办公时间：.*\d{1,2}:\d{2}/)
    expect(text).toContain('您打算以什么形式经营？')
    expect(text).toContain('有限责任公司')
    expect(text).toContain('6 人')
    await page.getByTestId('print-qr').locator('svg').waitFor()
    expect(await page.getByTestId('print-qr').locator('svg').isVisible()).toBe(true)
    const pdf = await page.pdf({ format: 'A4' })
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-')
    expect(pdf.length).toBeGreaterThan(10_000)
    await finish(page)
  }, walkTimeout)
  it('shows a second-hand home bought with a combined loan the loan\'s promised limit for that case, on screen and in print, and waits for it in the longest time', async () => {
    const page = await freshPage(calm)
    const home = { 'search-register-first': false, 'family-homes': 'first-home', 'floor-area': 90, 'provident-fund-loan': true, 'withdraw-provident-fund': false, 'seller-has-mortgage': false, 'estate-agency': false, representative: 'none' }
    const loanLimit = async (bankMortgage: boolean) => {
      await page.goto(`${baseUrl}/situations/second-hand-home?a=${encodeAnswers({ ...home, 'bank-mortgage': bankMortgage })}`)
      const loan = page.locator('section.outcome li.item', { has: page.locator('h3', { hasText: '住房公积金个人住房贷款' }) })
      const promised = loan.locator('.facts div', { hasText: '承诺时限' }).locator('dd')
      await promised.waitFor()
      const longest = page.getByLabel('办事概况').locator('div', { hasText: '最长承诺时限' }).locator('dd')
      return { promised: await promised.innerText(), longest: await longest.innerText() }
    }
    expect(await loanLimit(true)).toEqual({ promised: '10 个工作日（组合贷款由公积金中心和商业银行分别审批，自受理之日起10个工作日内作出决定，不含抵押登记和放款。）', longest: '13 个工作日' })
    await page.emulateMedia({ media: 'print' })
    expect(await page.locator('section.outcome li.item', { has: page.locator('h3', { hasText: '住房公积金个人住房贷款' }) }).getByText('10 个工作日（组合贷款').isVisible()).toBe(true)
    await page.emulateMedia({ media: 'screen' })
    expect(await loanLimit(false)).toEqual({ promised: '5 个工作日（指作出审批决定的时间，不含抵押登记和放款。）', longest: '8 个工作日' })
    await finish(page)
  }, walkTimeout)
})
