import { cleanup, fireEvent, render, screen } from '@testing-library/svelte'
import { afterEach, describe, expect, it, vi } from 'vitest'
import type { QuestionStep } from '../../core/scenes/script.ts'
import QuestionCard from './QuestionCard.svelte'
import { openShop } from './test-fixtures.ts'

const question = (id: string) => openShop.steps.find((s) => s.id === id) as QuestionStep

afterEach(() => cleanup())

describe('QuestionCard', () => {
  it('answers a single-choice question with one tap on an option, inside a labelled group', async () => {
    const onanswer = vi.fn()
    render(QuestionCard, { step: question('business-type'), onanswer })
    const group = screen.getByRole('group', { name: '您打算以什么形式经营？' })
    expect(group.tagName).toBe('FIELDSET')
    expect(screen.queryByRole('button', { name: '继续' })).toBeNull()
    await fireEvent.click(screen.getByRole('button', { name: /有限责任公司/ }))
    expect(onanswer).toHaveBeenCalledWith('company')
  })

  it('marks the earlier answer when the citizen comes back to a question', () => {
    render(QuestionCard, { step: question('business-type'), value: 'sole-trader', onanswer: () => {} })
    const earlier = screen.getByRole('button', { name: /个体工商户/ })
    expect(earlier.getAttribute('aria-describedby')).toBe('business-type-earlier')
    expect(earlier.textContent).toContain('上次的选择')
    expect(screen.getByRole('button', { name: /有限责任公司/ }).getAttribute('aria-describedby')).toBeNull()
  })

  it('answers yes-no questions with a boolean in one tap', async () => {
    const onanswer = vi.fn()
    render(QuestionCard, { step: question('sells-food'), onanswer })
    await fireEvent.click(screen.getByRole('button', { name: '否' }))
    expect(onanswer).toHaveBeenCalledWith(false)
  })

  it('says what to do when Continue is pressed with nothing ticked, and sends nothing', async () => {
    const onanswer = vi.fn()
    render(QuestionCard, { step: question('extras'), onanswer })
    await fireEvent.click(screen.getByRole('button', { name: '继续' }))
    expect(screen.getByRole('alert').textContent).toContain('请至少选择一项')
    expect(onanswer).not.toHaveBeenCalled()
  })

  it('collects every ticked box of a multiple-choice question', async () => {
    const onanswer = vi.fn()
    render(QuestionCard, { step: question('extras'), onanswer })
    expect(screen.getAllByRole('checkbox')).toHaveLength(3)
    await fireEvent.click(screen.getByLabelText('招聘员工'))
    await fireEvent.click(screen.getByLabelText('委托他人代办'))
    await fireEvent.click(screen.getByRole('button', { name: '继续' }))
    expect(onanswer).toHaveBeenCalledWith(['hire', 'agent'])
  })

  it('shows the unit beside a number and refuses numbers outside the range with the limit in words', async () => {
    const onanswer = vi.fn()
    render(QuestionCard, { step: question('area'), onanswer })
    expect(screen.getByText('平方米')).toBeTruthy()
    const input = screen.getByLabelText('经营场所有多大？') as HTMLInputElement
    await fireEvent.input(input, { target: { value: '0' } })
    await fireEvent.click(screen.getByRole('button', { name: '继续' }))
    expect(screen.getByRole('alert').textContent).toContain('数字不能小于 1 平方米。')
    await fireEvent.input(input, { target: { value: '9000' } })
    await fireEvent.click(screen.getByRole('button', { name: '继续' }))
    expect(screen.getByRole('alert').textContent).toContain('数字不能大于 5000 平方米。')
    expect(input.getAttribute('aria-invalid')).toBe('true')
    expect(onanswer).not.toHaveBeenCalled()
  })

  it('accepts full-width digits typed with a Chinese keyboard', async () => {
    const onanswer = vi.fn()
    render(QuestionCard, { step: question('area'), onanswer })
    await fireEvent.input(screen.getByLabelText('经营场所有多大？'), { target: { value: '１２０' } })
    await fireEvent.click(screen.getByRole('button', { name: '继续' }))
    expect(onanswer).toHaveBeenCalledWith(120)
  })

  it('submits with the Enter key from the number field, as a keyboard user would', async () => {
    const onanswer = vi.fn()
    const { container } = render(QuestionCard, { step: question('area'), onanswer })
    await fireEvent.input(screen.getByLabelText('经营场所有多大？'), { target: { value: '45' } })
    await fireEvent.submit(container.querySelector('form')!)
    expect(onanswer).toHaveBeenCalledWith(45)
  })

  it('keeps every control reachable by Tab and gives the heading a focus target', () => {
    render(QuestionCard, { step: question('business-type'), onanswer: () => {} })
    for (const option of screen.getAllByRole('button')) expect(option.getAttribute('tabindex')).toBeNull()
    const heading = screen.getByRole('heading', { name: '您打算以什么形式经营？' })
    expect(heading.getAttribute('tabindex')).toBe('-1')
    expect(heading.id).toBe('step-heading')
  })
})
