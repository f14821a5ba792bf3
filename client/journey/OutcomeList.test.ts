import { cleanup, render, screen, within } from '@testing-library/svelte'
import { afterEach, describe, expect, it } from 'vitest'
import { buildOutcome } from '../../core/scenes/outcome.ts'
import OutcomeList from './OutcomeList.svelte'
import { catalogue, openShop } from './test-fixtures.ts'

afterEach(() => cleanup())

function renderFor(answers: Record<string, string | number | boolean | string[]>) {
  const outcome = buildOutcome(openShop, catalogue, answers)
  if (!outcome) throw new Error('the fixture answers should reach the outcome')
  return render(OutcomeList, { outcome, departments: catalogue.departments })
}

const items = () => screen.getAllByRole('listitem').filter((li) => li.classList.contains('item'))

describe('OutcomeList', () => {
  it('lists the matters in the order they must be done, prerequisites first', () => {
    renderFor({ 'business-type': 'sole-trader', 'sells-food': true, area: 45, extras: ['none'] })
    expect(items().map((li) => within(li).getByRole('heading', { level: 3 }).textContent)).toEqual([
      '1 个体工商户设立登记',
      '2 食品经营许可（新办）',
    ])
    expect(within(items()[1]!).getByText('先办完：个体工商户设立登记')).toBeTruthy()
  })

  it('shows only the materials that apply, with undecided ones marked with their condition', () => {
    renderFor({ 'business-type': 'sole-trader', 'sells-food': false, area: 45, extras: ['hire'] })
    const first = items()[0]!
    expect(within(first).getByText('个体工商户登记（备案）申请书')).toBeTruthy()
    expect(within(first).getByText(/有空白表格/)).toBeTruthy()
    expect(within(first).getByText(/有填写样例/)).toBeTruthy()
    expect(within(first).getByText(/仅查验/)).toBeTruthy()
    // The script decides the letter of authority: nobody applies on the citizen's behalf here.
    expect(within(first).queryByText('授权委托书及代理人身份证件')).toBeNull()
    // The script says nothing about rented premises: shown with the guide's own condition.
    expect(within(first).getByText('如果：经营场所为租赁的')).toBeTruthy()
  })

  it('adds the letter of authority when the citizen sends someone on their behalf', () => {
    renderFor({ 'business-type': 'sole-trader', 'sells-food': false, area: 45, extras: ['agent'] })
    expect(within(items()[0]!).getByText('授权委托书及代理人身份证件')).toBeTruthy()
  })

  it('puts documents the government fetches itself apart from the things to bring', () => {
    renderFor({ 'business-type': 'company', 'sells-food': true, area: 45, extras: ['none'] })
    const food = items().find((li) => li.textContent?.includes('食品经营许可'))!
    expect(within(food).getByText('以下材料由部门共享获取，不用提交：营业执照')).toBeTruthy()
    expect(within(food).getByText('2 份', { exact: false })).toBeTruthy()
  })

  it('shows windows with their zone, time limits and the totals', () => {
    renderFor({ 'business-type': 'company', 'sells-food': true, area: 45, extras: ['none'] })
    expect(screen.getByText('1、2 号窗口（企业开办专区）')).toBeTruthy()
    expect(screen.getByText('7 号窗口（综合受理区）')).toBeTruthy()
    expect(screen.getByText('5 个工作日')).toBeTruthy()
    const totals = screen.getByLabelText('办事概况')
    expect(within(totals).getByText('办理事项').nextElementSibling!.textContent).toBe('2')
    // company registration (1 day) then the food licence (5 days)
    expect(within(totals).getByText('最长承诺时限').nextElementSibling!.textContent).toBe('6 个工作日')
    expect(within(totals).getByText('费用').nextElementSibling!.textContent).toBe('不收费')
  })
})

describe('OutcomeList per route', () => {
  it('shows the paragraphs written for the visitor\'s answers after the outcome text, and not the others', () => {
    const script = { ...openShop, steps: openShop.steps.map((s) => (s.kind === 'outcome' ? { ...s, paragraphs: [
      { when: { answer: 'sells-food', is: true }, text: { zh: '卖食品的店请先办好健康证明。', en: 'Shops selling food: get health certificates first.' } },
      { when: { answer: 'sells-food', is: false }, text: { zh: '不卖食品的店无需食品经营许可。', en: 'No food licence without food.' } },
    ] } : s)) }
    const outcome = buildOutcome(script, catalogue, { 'business-type': 'sole-trader', 'sells-food': true, area: 45, extras: ['none'] })!
    render(OutcomeList, { outcome, departments: catalogue.departments })
    expect(screen.getByText('卖食品的店请先办好健康证明。')).toBeTruthy()
    expect(screen.queryByText('不卖食品的店无需食品经营许可。')).toBeNull()
  })
})

describe('OutcomeList with a promised limit by case', () => {
  // The food licence promises 5 working days; this script promises 12 to shops over 100 m² (an on-site check first).
  const script = { ...openShop, steps: openShop.steps.map((s) => (s.kind === 'outcome' ? { ...s, matters: s.matters.map((m) => (m.matter === 'food-business-licence' ? { ...m, promisedLimits: [
    { when: { answer: 'area', gt: 100 }, limit: { value: 12, unit: '工作日' as const, note: { zh: '需现场核查的，自受理之日起12个工作日内办结。', en: 'With an on-site check: 12 working days from acceptance.' } } },
  ] } : m)) } : s)) }
  const show = (area: number) => render(OutcomeList, { outcome: buildOutcome(script, catalogue, { 'business-type': 'company', 'sells-food': true, area, extras: ['none'] })!, departments: catalogue.departments })
  const promised = () => within(items().find((li) => li.textContent?.includes('食品经营许可'))!).getByText('承诺时限').nextElementSibling!.textContent
  const longest = () => within(screen.getByLabelText('办事概况')).getByText('最长承诺时限').nextElementSibling!.textContent

  it('shows the case\'s promised limit, with its note, instead of the matter\'s, and waits for it in the longest promised time', () => {
    show(150)
    expect(promised()).toBe('12 个工作日（需现场核查的，自受理之日起12个工作日内办结。）')
    // company registration (1 day) then the food licence (12 days)
    expect(longest()).toBe('13 个工作日')
  })

  it('shows the matter\'s own promised limit to a visitor the case does not fit', () => {
    show(45)
    expect(promised()).toBe('5 个工作日')
    expect(longest()).toBe('6 个工作日')
  })
})
