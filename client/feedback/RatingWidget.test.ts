import { cleanup, fireEvent, render, screen, within } from '@testing-library/svelte'
import { afterEach, describe, expect, it, vi } from 'vitest'
import RatingWidget from './RatingWidget.svelte'

afterEach(() => {
  cleanup()
  vi.unstubAllGlobals()
})

function stubServer(status: number, body: unknown) {
  const fetch = vi.fn(async (_url: string, _init?: RequestInit) => new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } }))
  vi.stubGlobal('fetch', fetch)
  return fetch
}

describe('RatingWidget', () => {
  it('asks for the overall grade first and sends nothing without it', async () => {
    const fetch = stubServer(201, { followUp: null })
    render(RatingWidget, { props: { target: { target: 'result', scene: 'open-restaurant' } } })
    await fireEvent.click(screen.getByRole('button', { name: '提交评价' }))
    expect(screen.getByRole('alert').textContent).toBe('请先选择整体满意度。')
    expect(fetch).not.toHaveBeenCalled()
  })

  it('sends the grades and comment of a result, never the answers, and shows the follow-up number and password for a bad rating', async () => {
    const fetch = stubServer(201, { followUp: { number: 'HF-2026-23456789', password: 'ABCD2345', kind: 'follow-up', dueDate: '2026-10-27' } })
    render(RatingWidget, { props: { target: { target: 'result', scene: 'open-restaurant' } } })
    await fireEvent.click(within(screen.getByRole('group', { name: '整体满意度' })).getByLabelText('非常不满意'))
    await fireEvent.input(screen.getByLabelText('意见或建议（选填，500 字以内）'), { target: { value: '窗口说法不一' } })
    await fireEvent.click(screen.getByRole('button', { name: '提交评价' }))
    await screen.findByText('感谢您的评价！')
    expect(JSON.parse(fetch.mock.calls[0]![1]!.body as string)).toEqual({ target: 'result', scene: 'open-restaurant', grades: { overall: 1 }, comment: '窗口说法不一' })
    expect(screen.getByTestId('ticket-number').textContent).toBe('HF-2026-23456789')
    expect(screen.getByTestId('ticket-password').textContent).toBe('ABCD2345')
  })

  it("asks for the applicant's whole ID number when the page has no rating key, and says so when it does not match", async () => {
    const fetch = stubServer(404, { error: { code: 'application_not_found', message: 'No application matches.' } })
    render(RatingWidget, { props: { target: { target: 'application', number: 'JC-2026-000001-7' } } })
    await fireEvent.click(within(screen.getByRole('group', { name: '整体满意度' })).getByLabelText('满意'))
    await fireEvent.input(screen.getByLabelText('申请人身份证号码（18 位，用于确认是您的办件）'), { target: { value: ' 11010519491231002X ' } })
    await fireEvent.click(screen.getByRole('button', { name: '提交评价' }))
    expect((await screen.findByRole('alert')).textContent).toBe('办件编号与申请人身份证号码不匹配，请核对后重试。')
    expect(JSON.parse(fetch.mock.calls[0]![1]!.body as string)).toMatchObject({ target: 'application', number: 'JC-2026-000001-7', idNumber: '11010519491231002X', grades: { overall: 4 } })
  })

  it('rates straight after submitting with the receipt\'s rating key, asking for no ID number', async () => {
    const fetch = stubServer(201, { followUp: null })
    render(RatingWidget, { props: { target: { target: 'application', number: 'JC-2026-000001-7', ratingKey: 'rk' } } })
    expect(screen.queryByLabelText('申请人身份证号码（18 位，用于确认是您的办件）')).toBeNull()
    await fireEvent.click(within(screen.getByRole('group', { name: '整体满意度' })).getByLabelText('满意'))
    await fireEvent.click(screen.getByRole('button', { name: '提交评价' }))
    await screen.findByText('感谢您的评价！')
    expect(JSON.parse(fetch.mock.calls[0]![1]!.body as string)).toEqual({ target: 'application', number: 'JC-2026-000001-7', ratingKey: 'rk', grades: { overall: 4 } })
  })

  it('asks how to reach the citizen once the grade is poor, and sends it for the follow-up', async () => {
    const fetch = stubServer(201, { followUp: { number: 'HF-2026-23456789', password: 'ABCD2345', kind: 'follow-up', dueDate: '2026-10-27' } })
    render(RatingWidget, { props: { target: { target: 'result', scene: 'open-restaurant' } } })
    const overall = within(screen.getByRole('group', { name: '整体满意度' }))
    await fireEvent.click(overall.getByLabelText('满意'))
    expect(screen.queryByLabelText(/怎样联系您/)).toBeNull()
    await fireEvent.click(overall.getByLabelText('不满意'))
    await fireEvent.input(screen.getByLabelText(/怎样联系您/), { target: { value: '13812345678' } })
    await fireEvent.click(screen.getByRole('button', { name: '提交评价' }))
    await screen.findByText('感谢您的评价！')
    expect(JSON.parse(fetch.mock.calls[0]![1]!.body as string)).toEqual({ target: 'result', scene: 'open-restaurant', grades: { overall: 2 }, contact: '13812345678' })
  })
})
