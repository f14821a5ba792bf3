import { cleanup, fireEvent, render, screen } from '@testing-library/svelte'
import { tick } from 'svelte'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { ApiFailure } from '../api/api-failure.ts'
import ConflictView from './ConflictView.svelte'
import { DraftSession } from './draft-session.svelte.ts'
import FormView from './FormView.svelte'
import SaveStatus from './SaveStatus.svelte'
import { companyForm, draftOf, manualSave } from './test-drafts.ts'

beforeEach(() => vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] }))
afterEach(() => {
  cleanup()
  vi.useRealTimers()
  vi.unstubAllGlobals()
})

function open(data = {}) {
  const { calls, save } = manualSave()
  const session = new DraftSession(companyForm(), draftOf(data), { save })
  render(FormView, { session })
  return { session, calls }
}

describe('FormView', () => {
  it('shows a conditional field when its condition holds and hides it again, keeping its value in the draft', async () => {
    const { session } = open()
    expect(screen.queryByLabelText(/不动产权证号/)).toBeNull()
    await fireEvent.click(screen.getByLabelText('自有房产'))
    const certificate = screen.getByLabelText(/不动产权证号/)
    await fireEvent.input(certificate, { target: { value: '江(2025)新城区不动产权第0001234号' } })
    await fireEvent.click(screen.getByLabelText('租赁'))
    expect(screen.queryByLabelText(/不动产权证号/)).toBeNull()
    expect(screen.getByLabelText(/租赁合同到期日/)).toBeTruthy()
    expect(session.data['property-certificate-number']).toBe('江(2025)新城区不动产权第0001234号')
  })

  it('lists every problem of the section at the top on Next, each linking to its field, and stays on the section', async () => {
    open({ 'company-name': '江川市青禾餐饮管理有限公司' })
    await fireEvent.click(screen.getByRole('button', { name: '下一步' }))
    const summary = screen.getByRole('alert', { name: '请先修改以下内容' })
    const links = [...summary.querySelectorAll('a')]
    expect(links.map((a) => a.textContent)).toContain('请填写“住所（主要经营场所）”。')
    expect(links.map((a) => a.textContent)).not.toContain('请填写“企业名称”。')
    expect(screen.getByRole('heading', { level: 2, name: '企业基本信息' })).toBeTruthy()
    const link = links.find((a) => a.textContent === '请填写“住所（主要经营场所）”。')!
    expect(link.getAttribute('href')).toBe('#field-registered-address')
    await fireEvent.click(link)
    expect(document.activeElement?.id).toBe('field-registered-address')
    expect(screen.getByLabelText(/住所（主要经营场所）/).getAttribute('aria-describedby')).toContain('field-registered-address-error')
  })

  it('checks a field when the citizen leaves it and clears the message once it is right', async () => {
    open()
    const capital = screen.getByLabelText(/注册资本/)
    await fireEvent.input(capital, { target: { value: 'abc' } })
    await fireEvent.focusOut(capital, { relatedTarget: document.body })
    expect(screen.getByText('“注册资本（万元）”请填写数字。')).toBeTruthy()
    await fireEvent.input(capital, { target: { value: '50' } })
    await fireEvent.focusOut(capital, { relatedTarget: document.body })
    expect(screen.queryByText('“注册资本（万元）”请填写数字。')).toBeNull()
  })

  it('shows the conflict view instead of the form when another device saved first', async () => {
    const { calls } = open()
    await fireEvent.input(screen.getByLabelText(/企业名称/), { target: { value: '本页的名称' } })
    await vi.advanceTimersByTimeAsync(1000)
    calls[0]!.resolve({ kind: 'conflict', newer: { revision: 4, data: { 'company-name': '别处的名称' }, position: null, updatedAt: '2026-11-25T03:00:00.000Z' } })
    await vi.advanceTimersByTimeAsync(0)
    await tick()
    expect(screen.getByRole('heading', { name: '这份申请在另一台设备或另一个页面中被修改过' })).toBeTruthy()
    expect(screen.queryByLabelText(/企业名称/)).toBeNull()
    await fireEvent.click(screen.getByRole('button', { name: '使用较新的版本' }))
    expect((screen.getByLabelText(/企业名称/) as HTMLInputElement).value).toBe('别处的名称')
  })
})

describe('FormView after the form or the draft changed', () => {
  it('shows values the new form version has no place for', () => {
    const { save } = manualSave()
    const session = new DraftSession(companyForm(), draftOf({}, { unmoved: [{ field: 'fax-number', value: '0599-86012345' }] }), { save })
    render(FormView, { session })
    expect(screen.getByRole('heading', { name: '申请表已更新，有些内容需要您重新填写' })).toBeTruthy()
    expect(screen.getByText('fax-number').nextElementSibling?.textContent).toBe('0599-86012345')
  })

  it('offers to keep what was typed in a new draft when the old one expired', async () => {
    const { calls, save } = manualSave()
    const session = new DraftSession(companyForm(), draftOf(), { save })
    render(FormView, { session })
    await fireEvent.input(screen.getByLabelText(/企业名称/), { target: { value: '江川市青禾餐饮管理有限公司' } })
    await vi.advanceTimersByTimeAsync(1000)
    calls[0]!.reject(new ApiFailure(410, 'draft_expired', 'expired'))
    await vi.advanceTimersByTimeAsync(0)
    const fetch = vi.fn().mockResolvedValue(new Response(JSON.stringify(draftOf({ 'company-name': '江川市青禾餐饮管理有限公司' }, { token: 'BBBBBBBBBBBBBBBBBBBBBB' })), { status: 201 }))
    vi.stubGlobal('fetch', fetch)
    await fireEvent.click(screen.getByRole('button', { name: '另存为新草稿' }))
    // The new draft's page: its token in the history entry, none in the address.
    await vi.waitFor(() => expect(history.state).toEqual({ draftToken: 'BBBBBBBBBBBBBBBBBBBBBB' }))
    expect(location.href).toBe(`${location.origin}/resume`)
    expect(JSON.parse(fetch.mock.calls[0]![1].body)).toMatchObject({ formId: 'company-establishment', data: { 'company-name': '江川市青禾餐饮管理有限公司' } })
  })
})

describe('ConflictView', () => {
  it('puts the differing answers side by side and offers both choices', async () => {
    const onloadnewer = vi.fn()
    const onkeepmine = vi.fn()
    render(ConflictView, {
      form: companyForm(),
      mine: { 'company-name': '本页的名称', 'premises-source': 'rented', 'business-scope': '餐饮管理' },
      newer: { revision: 3, data: { 'company-name': '别处的名称', 'premises-source': 'owned', 'business-scope': '餐饮管理' }, position: null, updatedAt: '2026-11-25T03:00:00.000Z' },
      onloadnewer,
      onkeepmine,
    })
    const rows = screen.getAllByRole('row').slice(1).map((r) => [...r.children].map((c) => c.textContent))
    expect(rows).toEqual([
      ['企业名称', '本页的名称', '别处的名称'],
      ['住所使用方式', '租赁', '自有房产'],
    ])
    await fireEvent.click(screen.getByRole('button', { name: '保留本页的内容' }))
    expect(onkeepmine).toHaveBeenCalledTimes(1)
    await fireEvent.click(screen.getByRole('button', { name: '使用较新的版本' }))
    expect(onloadnewer).toHaveBeenCalledTimes(1)
  })
})

describe('SaveStatus', () => {
  it('tells the citizen when the draft was saved, that it is saving, and that it is retrying', async () => {
    const { calls, save } = manualSave()
    const session = new DraftSession(companyForm(), draftOf(), { save })
    render(SaveStatus, { saver: session.saver })
    const status = screen.getByRole('status')
    session.set('company-name', '江川')
    await vi.advanceTimersByTimeAsync(1000)
    expect(status.textContent).toBe('正在保存…')
    calls[0]!.reject(new Error('offline'))
    await vi.advanceTimersByTimeAsync(0)
    expect(status.textContent).toContain('未保存，正在重试')
    await vi.advanceTimersByTimeAsync(1000)
    const savedAt = new Date(2026, 10, 25, 10, 32).toISOString()
    calls[1]!.resolve({ kind: 'saved', id: 'draft-1', revision: 2, expiresAt: savedAt, updatedAt: savedAt })
    await vi.advanceTimersByTimeAsync(0)
    expect(status.textContent).toBe('已保存 10:32')
  })
})
