import { cleanup, fireEvent, render, screen, within } from '@testing-library/svelte'
import { afterEach, describe, expect, it, vi } from 'vitest'
import type { Condition } from '../../core/conditions/condition.ts'
import type { QuestionStep } from '../../core/scenes/script.ts'
import ConditionBuilder from './ConditionBuilder.svelte'
import { problemsContext } from './draft-context.ts'

afterEach(cleanup)

const text = { zh: '问', en: 'Ask' }
const questions: QuestionStep[] = [
  { id: 'business-form', kind: 'question', input: 'single', text, options: [{ value: 'company', label: { zh: '公司', en: 'Company' } }, { value: 'sole-trader', label: { zh: '个体工商户', en: 'Sole trader' } }], next: 'x' },
  { id: 'outdoor-sign', kind: 'question', input: 'yes-no', text, next: 'x' },
  { id: 'kitchen-sewage', kind: 'question', input: 'yes-no', text, next: 'x' },
]
const sign: Condition = { answer: 'outdoor-sign', is: true }
const sewage: Condition = { answer: 'kitchen-sewage', is: true }

function builder(condition: Condition, problems: { pointer: string; message: string; zh: string }[] = []) {
  const onchange = vi.fn()
  const view = render(ConditionBuilder, { props: { condition, questions, pointer: '/w', onchange }, context: problemsContext({ problems }) })
  return { onchange, view }
}

describe('the condition builder', () => {
  it('shows a 任一满足 group of two comparisons as drop-downs and changes nothing by being opened', () => {
    const { onchange, view } = builder({ any: [sign, sewage] })
    expect((screen.getByRole('combobox', { name: '条件之间' }) as HTMLSelectElement).value).toBe('any')
    expect(view.container.querySelectorAll('li[data-clause]')).toHaveLength(2)
    expect(onchange).not.toHaveBeenCalled()
  })

  it('grows a comparison into a 全部满足 group when a condition is added, starting from the first question asked', async () => {
    const { onchange } = builder(sign)
    await fireEvent.click(screen.getByRole('button', { name: '添加条件' }))
    expect(onchange).toHaveBeenCalledWith({ all: [sign, { answer: 'business-form', is: 'company' }] })
  })

  it('negates a whole group, and removing one clause of a pair leaves the other', async () => {
    const { onchange, view } = builder({ all: [sign, sewage] })
    const legend = view.container.querySelector('fieldset > legend') as HTMLElement
    await fireEvent.click(within(legend).getByRole('button', { name: '取反' }))
    expect(onchange).toHaveBeenLastCalledWith({ not: { all: [sign, sewage] } })
    await fireEvent.click(within(view.container.querySelector('li[data-clause="0"]') as HTMLElement).getByRole('button', { name: '删除此条件' }))
    expect(onchange).toHaveBeenLastCalledWith(sewage)
  })

  it('shows "is one of" as ticked options and keeps the options in their question\'s order when one is ticked', async () => {
    const { onchange } = builder({ answer: 'business-form', in: ['sole-trader'] })
    const company = screen.getByRole('checkbox', { name: '公司' }) as HTMLInputElement
    expect(company.checked).toBe(false)
    await fireEvent.click(company)
    expect(onchange).toHaveBeenCalledWith({ answer: 'business-form', in: ['company', 'sole-trader'] })
  })

  it('shows a check\'s message about a clause beside that clause, in Chinese', () => {
    const { view } = builder({ all: [sign, sewage] }, [{ pointer: '/w/all/1/is', message: 'never true', zh: '永远不成立' }])
    expect(view.container.querySelector('li[data-clause="1"]')!.textContent).toContain('永远不成立')
    expect(view.container.querySelector('li[data-clause="0"]')!.textContent).not.toContain('永远不成立')
  })
})
