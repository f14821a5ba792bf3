import { cleanup, fireEvent, render, screen } from '@testing-library/svelte'
import { tick } from 'svelte'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { validateForm } from '../../core/forms/validate-form.ts'
import { receiptByToken } from '../applications/receipts.ts'
import { citizenSession } from '../identity/citizen-session.svelte.ts'
import { DraftSession } from './draft-session.svelte.ts'
import FormView from './FormView.svelte'
import { submitSession } from './submit-session.ts'
import { companyForm, draftOf, validCompanyData } from './test-drafts.ts'

afterEach(() => {
  cleanup()
  vi.unstubAllGlobals()
  citizenSession.me = null
})

const application = { number: 'JC-2026-000001-4', formId: 'company-establishment', matterId: 'company-establishment', status: 'submitted' as const, submittedAt: '2026-11-25T04:00:00.000Z' }

describe('submitSession', () => {
  it('uses a complete fixture that core/forms accepts', () => {
    expect(validateForm(companyForm(), validCompanyData())).toEqual([])
  })

  it('refuses in the browser first, without calling the server, when a field is missing', async () => {
    const api = { submit: vi.fn(), get: vi.fn() }
    const session = new DraftSession(companyForm(), draftOf({ ...validCompanyData(), 'company-name': '' }))
    const outcome = await submitSession(session, api)
    expect(outcome.kind).toBe('invalid')
    expect(api.submit).not.toHaveBeenCalled()
  })

  it('submits over the revision on screen and remembers the receipt for the token', async () => {
    const api = { submit: vi.fn().mockResolvedValue({ kind: 'submitted', application, alreadySubmitted: false }), get: vi.fn() }
    const session = new DraftSession(companyForm(), draftOf(validCompanyData(), { revision: 7 }))
    expect(await submitSession(session, api)).toEqual({ kind: 'submitted', application })
    expect(api.submit).toHaveBeenCalledWith(session.token, 7)
    expect(receiptByToken(session.token)).toEqual(application)
  })

  it('shows the server’s per-field refusals on the fields, in the current language, keeping what was typed', async () => {
    const problems = [{ pointer: '/legal-rep-mobile', field: 'legal-rep-mobile', code: 'invalid_phone', message: { zh: '服务器说手机号不对。', en: 'The server says the phone is wrong.' } }]
    const fetch = vi.fn().mockResolvedValue(new Response(JSON.stringify({ error: { code: 'invalid_fields', message: '1 field needs attention', details: { problems } } }), { status: 422 }))
    vi.stubGlobal('fetch', fetch)
    const session = new DraftSession(companyForm(), draftOf(validCompanyData(), { position: 'bundled-services' }))
    render(FormView, { session })
    // Text queries: role queries over the whole review page are slow in jsdom.
    await fireEvent.click(screen.getByText('核对并提交', { selector: 'nav button' }))
    await fireEvent.click(screen.getByText('确认提交'))
    await vi.waitFor(() => expect(screen.getByText('请先修改以下内容')).toBeTruthy())
    expect(fetch).toHaveBeenCalledTimes(1)
    await fireEvent.click(screen.getByText('服务器说手机号不对。', { selector: 'a' }))
    await tick()
    const mobile = screen.getByLabelText(/手机号码/) as HTMLInputElement
    expect(mobile.value).toBe('13812345678')
    expect(mobile.getAttribute('aria-describedby')).toContain('field-legal-rep-mobile-error')
    expect(document.getElementById('field-legal-rep-mobile-error')?.textContent).toBe('错误：服务器说手机号不对。')
  }, 20_000)

  it('tells the citizen the trust level the matter needs and the windows that take it in person, with a way to sign in, keeping the draft', async () => {
    const refusal = { error: { code: 'trust_level_required', message: 'needs level 3', details: { requiredLevel: 3, currentLevel: null, windows: [7, 8] } } }
    const fetch = vi.fn().mockResolvedValue(new Response(JSON.stringify(refusal), { status: 403 }))
    vi.stubGlobal('fetch', fetch)
    citizenSession.me = { signInAvailable: true, citizen: null, expiresAt: null }
    const session = new DraftSession(companyForm(), draftOf(validCompanyData(), { position: 'bundled-services' }))
    render(FormView, { session })
    await fireEvent.click(screen.getByText('核对并提交', { selector: 'nav button' }))
    await fireEvent.click(screen.getByText('确认提交'))
    const alert = await vi.waitFor(() => {
      const found = document.querySelector('[data-code="trust_level_required"]')
      if (!found) throw new Error('no refusal shown yet')
      return found
    })
    expect(alert.textContent).toContain('网上提交本事项需以三级（实人核验）及以上等级登录。请以该等级登录后再提交，或到 7、8 号窗口办理。您填写的内容已保存。')
    const signIn = screen.getByText('登录后提交') as HTMLAnchorElement
    expect(signIn.getAttribute('href')).toMatch(/^\/auth\/login\?return=/)
    expect(session.snapshot()['company-name']).toBe(validCompanyData()['company-name'])
  }, 20_000)

  it('says from the first section which level submitting needs, what it takes and how to sign in, or only the windows where the site has no sign-in', async () => {
    const submitLevel = { level: 3, windows: [7, 8] }
    citizenSession.me = { signInAvailable: true, citizen: null, expiresAt: null }
    render(FormView, { session: new DraftSession(companyForm(), draftOf({}, { submitLevel })) })
    const notice = document.querySelector('[data-required-level="3"]')!
    expect(notice.getAttribute('role')).toBe('note')
    expect(notice.textContent).toContain('网上提交需以三级（实人核验）及以上等级登录。')
    expect(notice.textContent).toContain('通过人脸识别（刷脸）或本人银行卡核验')
    expect(notice.textContent).toContain('也可以到 7、8 号窗口办理。')
    expect((screen.getByText('登录（已填写的内容会保留）') as HTMLAnchorElement).getAttribute('href')).toMatch(/^\/auth\/login\?return=/)
    cleanup()

    citizenSession.me = { signInAvailable: false, citizen: null, expiresAt: null }
    render(FormView, { session: new DraftSession(companyForm(), draftOf({}, { submitLevel })) })
    expect(document.querySelector('[data-required-level="3"]')?.textContent).toContain('本站暂未开通网上登录，请到 7、8 号窗口办理')
    expect(screen.queryByText('登录（已填写的内容会保留）')).toBeNull()
    cleanup()

    citizenSession.me = { signInAvailable: true, citizen: { kind: 'person', name: '李敏', idNumber: null, phone: null, trustLevel: 3 }, expiresAt: null }
    render(FormView, { session: new DraftSession(companyForm(), draftOf({}, { submitLevel })) })
    expect(document.querySelector('[data-required-level]')).toBeNull()
  }, 20_000)
})
