import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { foodLicenceForm, validFoodLicenceData } from '../../core/forms/test-form.ts'
import { formatApplicationNumber, parseApplicationNumber } from '../drafts/application-number.ts'
import { draftsTestApp } from './drafts-test-app.ts'

const form = foodLicenceForm()
let t: ReturnType<typeof draftsTestApp>
beforeEach(() => (t = draftsTestApp([form])))
afterEach(async () => t.close())

const unissuedNumber = formatApplicationNumber(2026, 2)
const errorOf = async (res: Response) => ((await res.json()) as { error: { code: string; details?: any } }).error
async function draftWith(data: Record<string, unknown>): Promise<string> {
  const res = await t.send('POST', '/api/drafts', { formId: form.id, data })
  return ((await res.json()) as { token: string }).token
}
async function submitted(): Promise<string> {
  const res = await t.send('POST', `/api/drafts/${await draftWith(validFoodLicenceData())}/submit`)
  expect(res.status).toBe(201)
  return ((await res.json()) as { application: { number: string } }).application.number
}

describe('submitting a draft', () => {
  it('creates an application with a numbered receipt and deletes the draft', async () => {
    const token = await draftWith(validFoodLicenceData())
    const res = await t.send('POST', `/api/drafts/${token}/submit`, { revision: 1 })
    expect(res.status).toBe(201)
    const body = (await res.json()) as { application: { number: string; status: string; matterId: string }; alreadySubmitted: boolean }
    expect(body.application.number).toMatch(/^JC-2026-000001-[\dX]$/)
    expect(parseApplicationNumber(body.application.number)).toBe(body.application.number)
    expect(body).toMatchObject({ alreadySubmitted: false, application: { status: 'submitted', matterId: 'food-business-licence' } })
  })

  it('answers an old draft link with draft_submitted and no application number, so the link cannot show the receipt', async () => {
    const token = await draftWith(validFoodLicenceData())
    const number = ((await (await t.send('POST', `/api/drafts/${token}/submit`)).json()) as { application: { number: string } }).application.number
    const res = await t.send('GET', `/api/drafts/${token}`)
    expect(res.status).toBe(410)
    const text = await res.text()
    expect(JSON.parse(text).error.code).toBe('draft_submitted')
    expect(text).not.toContain(number)
    // A token that never was a draft is still simply unknown.
    expect((await t.send('GET', `/api/drafts/${'x'.repeat(22)}`)).status).toBe(404)
  })

  it('answers a second submit of the same draft with the same application, not a new one', async () => {
    const token = await draftWith(validFoodLicenceData())
    const first = (await (await t.send('POST', `/api/drafts/${token}/submit`)).json()) as { application: { number: string } }
    const again = await t.send('POST', `/api/drafts/${token}/submit`)
    expect(again.status).toBe(200)
    expect(await again.json()).toMatchObject({ alreadySubmitted: true, application: { number: first.application.number } })
  })

  it('makes one application when two tabs submit at once', async () => {
    const token = await draftWith(validFoodLicenceData())
    const responses = await Promise.all([t.send('POST', `/api/drafts/${token}/submit`), t.send('POST', `/api/drafts/${token}/submit`)])
    const bodies = (await Promise.all(responses.map((r) => r.json()))) as { application: { number: string } }[]
    expect(responses.map((r) => r.status).sort()).toEqual([200, 201])
    expect(bodies[0]!.application.number).toBe(bodies[1]!.application.number)
  })

  it('answers 422 with every problem in both languages, and keeps the draft as it was', async () => {
    const token = await draftWith({ ...validFoodLicenceData(), 'id-number': '110105194912310021', phone: '' })
    const res = await t.send('POST', `/api/drafts/${token}/submit`)
    expect(res.status).toBe(422)
    const error = await errorOf(res)
    expect(error.code).toBe('invalid_fields')
    expect(error.details.problems).toEqual([
      { pointer: '/id-number', field: 'id-number', code: 'id_card_checksum', message: { zh: expect.stringContaining('校验位'), en: expect.stringContaining('does not add up') } },
      { pointer: '/phone', field: 'phone', code: 'required', message: { zh: '请填写“联系电话”。', en: 'Enter contact phone number.' } },
    ])
    expect(await (await t.send('GET', `/api/drafts/${token}`)).json()).toMatchObject({ revision: 1, data: { 'id-number': '110105194912310021' } })
  })

  it('answers 409 when the draft changed since the citizen last saw it', async () => {
    const token = await draftWith(validFoodLicenceData())
    await t.send('PUT', `/api/drafts/${token}`, { data: validFoodLicenceData(), revision: 1 })
    const res = await t.send('POST', `/api/drafts/${token}/submit`, { revision: 1 })
    expect(res.status).toBe(409)
    expect(await errorOf(res)).toMatchObject({ code: 'draft_conflict', details: { currentRevision: 2 } })
  })

  it('answers 409 when the form changed since the draft was saved, so the citizen reviews it first', async () => {
    const token = await draftWith(validFoodLicenceData())
    t.state.forms = [{ ...form, version: 3 }]
    const res = await t.send('POST', `/api/drafts/${token}/submit`)
    expect(res.status).toBe(409)
    expect((await errorOf(res)).code).toBe('form_changed')
  })

  it('answers 404 for a token that never had a draft', async () => {
    expect((await t.send('POST', '/api/drafts/AAAAAAAAAAAAAAAAAAAAAA/submit')).status).toBe(404)
  })

  it('does not send values of fields the citizen made irrelevant', async () => {
    const token = await draftWith({ ...validFoodLicenceData(), 'business-form': 'shop', seats: 40 })
    await t.send('POST', `/api/drafts/${token}/submit`)
    const application = await t.repo.findApplicationByDraftToken(t.deps.crypto.hash('draft-token', token))
    expect(Object.keys(application!.data as object)).not.toContain('seats')
  })
})
