import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { CalendarFile } from '../calendar/calendar-file.ts'
import { buildCalendar } from '../calendar/working-days.ts'
import { catalogue } from '../../test/fixtures/catalogue.ts'
import { scriptFixture } from '../../test/fixtures/scenes/fixture.ts'
import { buildOutcome, type OutcomeDay } from './outcome.ts'

const script = scriptFixture('open-restaurant')
const base = { registered: true, area: 80, extras: ['none'], staff: false, agent: false }

describe('buildOutcome', () => {
  it('is null until the route reaches an outcome', () => {
    expect(buildOutcome(script, catalogue, { registered: true })).toBeNull()
  })

  it('lists only the matters whose conditions hold, prerequisites first', () => {
    const outcome = buildOutcome(script, catalogue, { ...base, registered: false, extras: ['tobacco'] })!
    expect(outcome.items.map((i) => [i.order, i.matterId, i.dependsOn])).toEqual([
      [1, 'company-establishment', []],
      [2, 'food-business-licence', ['company-establishment']],
      [3, 'fire-safety-inspection', ['company-establishment']],
      [4, 'tobacco-retail-licence', ['food-business-licence', 'company-establishment']],
    ])
  })

  it('shows required materials, conditional ones that apply, and hands shared ones to the government', () => {
    const food = buildOutcome(script, catalogue, { ...base, staff: true })!.items.find((i) => i.matterId === 'food-business-licence')!
    expect(food.materials.map((m) => [m.id, m.applies])).toEqual([
      ['food-application', 'always'],
      ['layout-plan', 'always'],
      ['health-certificates', 'condition-met'],
    ])
    expect(food.shared.map((m) => m.id)).toEqual(['business-licence'])
    expect(food.windows).toEqual([
      { number: 7, zone: 'general-acceptance', zoneName: { zh: '综合受理区', en: 'General acceptance area' } },
      { number: 8, zone: 'general-acceptance', zoneName: { zh: '综合受理区', en: 'General acceptance area' } },
    ])
  })

  it('asks the visitor to check a conditional material the script does not decide', () => {
    const sign = buildOutcome(script, catalogue, { ...base, extras: ['signboard'], 'sign-lit': false })!.items.find(
      (i) => i.matterId === 'outdoor-signboard-approval',
    )!
    expect(sign.materials.map((m) => [m.id, m.applies, m.condition?.zh])).toEqual([
      ['signboard-design', 'always', undefined],
      ['power-of-attorney', 'check', '委托代理人办理的，提交授权委托书及代理人身份证件'],
    ])
  })

  it('counts trips to the hall, and adds up fees, online matters and the longest chain of promised days', () => {
    const outcome = buildOutcome(script, catalogue, { ...base, registered: false, extras: ['tobacco', 'signboard'], 'sign-lit': true })!
    // company (online IV: 0 visits, 1 day) -> food (1 visit, 10 days) -> tobacco (1 visit, 15 days) = 26 days;
    // fire safety: company, then 14 自然日 (10 or 11 working days), 2 visits; signboard: 1 visit, 50 yuan.
    // Trips: fire safety needs 2 visits (apply, then the inspection result), the most of any matter; the
    // route's one zone walk adds no trip of its own, so 2 trips, not the 5 visits the matters add up to.
    expect(outcome.totals).toEqual({ matters: 5, hallVisits: 2, longestPromisedDays: 26, feesYuan: 50, onlineMatters: 3 })
  })

  it('gives the same list whatever order the answers were given in', () => {
    const answers = { ...base, extras: ['tobacco'] }
    const reversed = Object.fromEntries(Object.entries(answers).reverse())
    expect(buildOutcome(script, catalogue, reversed)).toEqual(buildOutcome(script, catalogue, answers))
  })
})

describe('the longest promised time of a list', () => {
  const outcomeWithFireSafetyIn = (days: number, day?: OutcomeDay) => {
    const longer = { ...catalogue, matters: catalogue.matters.map((m) => (m.id === 'fire-safety-inspection' ? { ...m, promisedLimit: { value: days, unit: '自然日' as const } } : m)) }
    return buildOutcome(script, longer, { ...base, registered: false, extras: ['tobacco'] }, day)!.totals.longestPromisedDays
  }
  const cal = buildCalendar([CalendarFile.parse(JSON.parse(readFileSync(new URL('../../content/calendar/2026.json', import.meta.url), 'utf8')))])

  it('counts a 自然日 limit in the working days it holds from the day the list is made', () => {
    // From 2026-09-30: company registration ends 10-08 (国庆 rests); 40 days later is Tuesday 11-17,
    // and 30 September to 17 November holds 30 working days (10-10 worked). The tobacco chain holds 26.
    expect(outcomeWithFireSafetyIn(40, { calendar: cal, today: '2026-09-30' })).toBe(30)
    expect(outcomeWithFireSafetyIn(14, { calendar: cal, today: '2026-09-30' })).toBe(26)
  })

  it('takes the most a 自然日 chain can last from any day of a week when the day is not given', () => {
    // From a Friday: company registration ends Monday, 40 days later is a Saturday, moved to Monday:
    // 45 days, six weeks and a Monday, 31 working days; from a Tuesday it is 29.
    expect(outcomeWithFireSafetyIn(40)).toBe(31)
  })
})

describe('the outcome text per route', () => {
  const withParagraphs = {
    ...script,
    steps: script.steps.map((s) =>
      s.kind === 'outcome'
        ? { ...s, paragraphs: [
            { when: { answer: 'agent', is: true }, text: { zh: '代办人请带上委托书。', en: 'Agents: bring the power of attorney.' } },
            { when: { answer: 'staff', is: true }, text: { zh: '员工须持健康证明。', en: 'Staff need health certificates.' } },
          ] }
        : s,
    ),
  }

  it('shows only the paragraphs whose condition the answers meet, in the script\'s order', () => {
    expect(buildOutcome(withParagraphs, catalogue, { ...base, agent: true, staff: true })!.paragraphs).toEqual([
      { zh: '代办人请带上委托书。', en: 'Agents: bring the power of attorney.' },
      { zh: '员工须持健康证明。', en: 'Staff need health certificates.' },
    ])
    expect(buildOutcome(withParagraphs, catalogue, { ...base, staff: true })!.paragraphs).toEqual([{ zh: '员工须持健康证明。', en: 'Staff need health certificates.' }])
  })

  it('leaves the paragraphs out of a list none of them apply to', () => {
    expect(buildOutcome(withParagraphs, catalogue, base)).not.toHaveProperty('paragraphs')
  })
})

describe('the promised limit by case', () => {
  // Food business licence: 10 工作日 in the catalogue; the script promises 15 when there are staff
  // (health certificates are checked first) and 12 for a second case that the first one shadows.
  const withCases = {
    ...script,
    steps: script.steps.map((s) =>
      s.kind === 'outcome'
        ? { ...s, matters: s.matters.map((m) => (m.matter === 'food-business-licence' ? { ...m, promisedLimits: [
            { when: { answer: 'staff', is: true }, limit: { value: 15, unit: '工作日' as const, note: { zh: '须先核验员工健康证明。', en: 'Staff health certificates are checked first.' } } },
            { when: { answer: 'agent', is: true }, limit: { value: 12, unit: '工作日' as const } },
          ] } : m)) }
        : s,
    ),
  }
  const food = (answers: Record<string, unknown>) => buildOutcome(withCases, catalogue, { ...base, ...answers } as typeof base)!.items.find((i) => i.matterId === 'food-business-licence')!

  it('lists the promised limit of the first case the answers meet instead of the matter\'s own', () => {
    expect(food({ staff: true, agent: true }).promisedLimit).toEqual({ value: 15, unit: '工作日', note: { zh: '须先核验员工健康证明。', en: 'Staff health certificates are checked first.' } })
    expect(food({ agent: true }).promisedLimit).toEqual({ value: 12, unit: '工作日' })
  })

  it('keeps the matter\'s own promised limit when no case holds', () => {
    expect(food({}).promisedLimit).toEqual({ value: 10, unit: '工作日' })
  })

  it('counts the case\'s limit in the longest chain of promised days', () => {
    // company (1) -> food (15 with staff, 10 without) -> tobacco (15): 31 against 26.
    const answers = { ...base, registered: false, extras: ['tobacco'] }
    expect(buildOutcome(withCases, catalogue, { ...answers, staff: true })!.totals.longestPromisedDays).toBe(31)
    expect(buildOutcome(withCases, catalogue, answers)!.totals.longestPromisedDays).toBe(26)
  })
})
