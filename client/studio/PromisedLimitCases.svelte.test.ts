import { cleanup, fireEvent, render, screen, within } from '@testing-library/svelte'
import { flushSync } from 'svelte'
import { afterEach, describe, expect, it } from 'vitest'
import { draftToScript } from '../../core/studio/draft-to-script.ts'
import type { OutcomeStep, QuestionStep } from '../../core/scenes/script.ts'
import { problemsContext } from './draft-context.ts'
import PromisedLimitCases from './PromisedLimitCases.svelte'

afterEach(cleanup)

const text = { zh: '问', en: 'Ask' }
const questions: QuestionStep[] = [
  { id: 'bank-mortgage', kind: 'question', input: 'yes-no', text, next: 'x' },
  { id: 'floor-area', kind: 'question', input: 'number', text, min: 1, max: 2000, next: 'x' },
]
const fundLoan = { value: 5, unit: '工作日' as const, note: { zh: '指作出审批决定的时间。', en: 'Time to a decision.' } }

function editor(entry: OutcomeStep['matters'][number], problems: { pointer: string; message: string; zh: string }[] = []) {
  const state = $state(entry)
  const view = render(PromisedLimitCases, { props: { entry: state, questions, matterLimit: fundLoan, pointer: '/steps/9/matters/3/promisedLimits' }, context: problemsContext({ problems }) })
  return { state, view }
}
const saved = (entry: OutcomeStep['matters'][number]) =>
  (draftToScript({ steps: [{ id: 'c', kind: 'outcome', title: text, matters: [$state.snapshot(entry)] }] }) as { steps: { matters: unknown[] }[] }).steps[0]!.matters[0]

describe('the promised limits by case of an outcome\'s matter in the studio', () => {
  it('adds a case from the first question, starting from the matter\'s own limit, and an editor who types no JSON saves it', async () => {
    const { state, view } = editor({ matter: 'housing-fund-loan' })
    await fireEvent.click(screen.getByRole('button', { name: '添加按情形的承诺时限（事项本身：5 个工作日）' }))
    flushSync()
    const kase = view.container.querySelector('[data-case-limit="0"]') as HTMLElement
    await fireEvent.input(within(kase).getByRole('spinbutton', { name: '承诺时限' }), { target: { value: '10' } })
    await fireEvent.change(within(kase).getByRole('combobox', { name: '时限单位' }), { target: { value: '自然日' } })
    await fireEvent.input(within(kase).getByLabelText('中文'), { target: { value: '组合贷款10日内作出决定。' } })
    await fireEvent.input(within(kase).getByLabelText('英文'), { target: { value: 'A combined loan is decided within 10 days.' } })
    expect(saved(state)).toEqual({
      matter: 'housing-fund-loan',
      promisedLimits: [{ when: { answer: 'bank-mortgage', is: true }, limit: { value: 10, unit: '自然日', note: { zh: '组合贷款10日内作出决定。', en: 'A combined loan is decided within 10 days.' } } }],
    })
  })

  it('ignores a limit that is not a whole number of days, and removing the last case leaves the matter\'s own limit', async () => {
    const { state, view } = editor({ matter: 'housing-fund-loan', promisedLimits: [{ when: { answer: 'bank-mortgage', is: true }, limit: { value: 10, unit: '工作日' } }] })
    await fireEvent.input(screen.getByRole('spinbutton', { name: '承诺时限' }), { target: { value: '2.5' } })
    expect(state.promisedLimits![0]!.limit.value).toBe(10)
    await fireEvent.click(screen.getByRole('button', { name: '删除此情形的时限' }))
    flushSync()
    expect(view.container.querySelector('[data-case-limit]')).toBeNull()
    expect(saved(state)).toEqual({ matter: 'housing-fund-loan' })
  })

  it('shows the check\'s message about a case\'s limit beside that case, in Chinese', () => {
    const { view } = editor(
      { matter: 'housing-fund-loan', promisedLimits: [{ when: { answer: 'bank-mortgage', is: true }, limit: { value: 20, unit: '工作日' } }] },
      [{ pointer: '/steps/9/matters/3/promisedLimits/0/limit/value', message: 'longer than the legal limit', zh: '长于法定时限' }],
    )
    expect(view.container.querySelector('[data-case-limit="0"]')!.textContent).toContain('长于法定时限')
  })
})
