import { cleanup, fireEvent, render, screen, within } from '@testing-library/svelte'
import { afterEach, describe, expect, it, vi } from 'vitest'
import CheckAnswers from './CheckAnswers.svelte'
import { openShop } from './test-fixtures.ts'

afterEach(() => cleanup())

const answers = { 'business-type': 'sole-trader', 'sells-food': true, area: 45, extras: ['hire', 'agent'] }
const questions = ['business-type', 'sells-food', 'area', 'extras']

describe('CheckAnswers', () => {
  it('lists each question asked with the answer in words', () => {
    render(CheckAnswers, { script: openShop, answers, questions, onedit: () => {}, onconfirm: () => {} })
    const rows = screen.getAllByRole('term').map((dt) => dt.parentElement!)
    expect(rows.map((r) => within(r).getByRole('term').textContent)).toEqual([
      '您打算以什么形式经营？',
      '店里卖食品吗？',
      '经营场所有多大？',
      '还需要办理哪些事？',
    ])
    expect(rows.map((r) => r.querySelector('.answer')!.textContent)).toEqual(['个体工商户', '是', '45 平方米', '招聘员工、委托他人代办'])
  })

  it('asks to change the question whose Change button is pressed', async () => {
    const onedit = vi.fn()
    render(CheckAnswers, { script: openShop, answers, questions, onedit, onconfirm: () => {} })
    await fireEvent.click(screen.getByRole('button', { name: '修改 经营场所有多大？' }))
    expect(onedit).toHaveBeenCalledWith('area')
  })

  it('moves on to the list when the citizen confirms', async () => {
    const onconfirm = vi.fn()
    render(CheckAnswers, { script: openShop, answers, questions, onedit: () => {}, onconfirm })
    await fireEvent.click(screen.getByRole('button', { name: '确认，查看一次告知单' }))
    expect(onconfirm).toHaveBeenCalledOnce()
  })
})
