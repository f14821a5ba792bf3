import { cleanup, fireEvent, render, screen } from '@testing-library/svelte'
import { afterEach, describe, expect, it, vi } from 'vitest'
import LookupPage from './LookupPage.svelte'

afterEach(() => {
  cleanup()
  vi.unstubAllGlobals()
})

const json = (status: number, body: unknown) => new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } })

async function lookUp(last4: string) {
  await fireEvent.input(screen.getByLabelText('身份证号后 4 位'), { target: { value: last4 } })
  await fireEvent.click(screen.getByRole('button', { name: '查询' }))
}

describe('LookupPage', () => {
  it('shows every status with its time and the told-once list of missing documents', async () => {
    const progress = {
      number: 'JC-2026-000001-4', formId: 'company-establishment', matterId: 'company-establishment', status: 'materials-requested',
      statusLabel: { zh: '需补正材料（一次性告知）', en: 'More documents needed (all listed at once)' }, submittedAt: '2026-11-25T02:00:00.000Z',
      applicantIdNumber: '3301**********1234',
      history: [
        { at: '2026-11-25T02:00:00.000Z', actor: 'applicant', status: 'submitted', label: { zh: '已提交', en: 'Submitted' }, note: null },
        { at: '2026-11-25T03:00:00.000Z', actor: 'staff', status: 'pre-review', label: { zh: '预审中', en: 'Being checked' }, note: null },
        { at: '2026-11-26T01:00:00.000Z', actor: 'staff', status: 'materials-requested', label: { zh: '需补正材料（一次性告知）', en: '…' }, note: '1. 租赁合同原件\n2. 全体股东签字的章程' },
      ],
    }
    const fetch = vi.fn().mockResolvedValue(json(200, progress))
    vi.stubGlobal('fetch', fetch)
    render(LookupPage, { number: 'JC-2026-000001-4' })
    await lookUp('1234')
    await vi.waitFor(() => expect(screen.getByText('办件 JC-2026-000001-4 的进度')).toBeTruthy())
    expect(fetch.mock.calls[0]![0]).toBe('/api/applications/lookup?number=JC-2026-000001-4&idLast4=1234')
    expect([...document.querySelectorAll('.history .label')].map((e) => e.textContent)).toEqual(['已提交', '预审中', '需补正材料（一次性告知）'])
    expect(screen.getByText('需补正的材料（一次性告知）：')).toBeTruthy()
    expect(document.querySelector('.history')!.textContent).toContain('1. 租赁合同原件\n2. 全体股东签字的章程')
  })

  it('puts the told-once list of missing documents in a reminder above the history', async () => {
    const progress = {
      number: 'JC-2026-000001-4', formId: 'company-establishment', matterId: 'company-establishment', status: 'materials-requested',
      statusLabel: { zh: '需补正材料（一次性告知）', en: 'More documents needed' }, submittedAt: '2026-11-25T02:00:00.000Z', applicantIdNumber: null,
      history: [
        { at: '2026-11-25T02:00:00.000Z', actor: 'applicant', status: 'submitted', label: { zh: '已提交', en: 'Submitted' }, note: null },
        { at: '2026-11-26T01:00:00.000Z', actor: 'staff', status: 'materials-requested', label: { zh: '需补正材料（一次性告知）', en: '…' }, note: '1. 租赁合同原件' },
      ],
    }
    vi.stubGlobal('fetch', vi.fn().mockResolvedValue(json(200, progress)))
    render(LookupPage, { number: 'JC-2026-000001-4' })
    await lookUp('1234')
    const reminder = await screen.findByRole('status')
    expect(reminder.textContent).toContain('起需要补正材料')
    expect(reminder.textContent).toContain('1. 租赁合同原件')
  })

  it('explains a refusal for too many lookups in plain words, with the wait', async () => {
    vi.stubGlobal('fetch', vi.fn().mockResolvedValue(json(429, { error: { code: 'too_many_attempts', message: 'x', details: { retryAfterSeconds: 42 } } })))
    render(LookupPage, { number: 'JC-2026-000001-4' })
    await lookUp('1234')
    await vi.waitFor(() => expect(screen.getByRole('alert').textContent).toBe('查询次数太多了。为保护申请人的信息，请等 42 秒后再查。'))
  })

  it('asks for the last 4 characters before calling the server', async () => {
    const fetch = vi.fn()
    vi.stubGlobal('fetch', fetch)
    render(LookupPage, { number: 'JC-2026-000001-4' })
    await lookUp('12')
    expect(screen.getByRole('alert').textContent).toContain('请输入身份证号的后 4 位')
    expect(fetch).not.toHaveBeenCalled()
  })
})
