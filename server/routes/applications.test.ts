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
    expect((await t.send('GET', `/api/drafts/${token}`)).status).toBe(404)
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

describe('looking up progress', () => {
  it('returns the status history with the ID number masked', async () => {
    const number = await submitted()
    const res = await t.send('GET', `/api/applications/lookup?number=${number.toLowerCase()}&idLast4=002x`)
    expect(res.status).toBe(200)
    expect(await res.json()).toMatchObject({
      number, status: 'submitted', statusLabel: { zh: '已提交', en: 'Submitted' }, applicantIdNumber: '1101**********002X',
      history: [{ status: 'submitted', actor: 'applicant', at: '2026-11-25T02:00:00.000Z', note: null }],
    })
  })

  it('shows statuses added later, in order', async () => {
    const number = await submitted()
    const application = await t.repo.findApplicationByNumber(number)
    const at = new Date('2026-11-26T01:00:00Z')
    const audit = { at, actor: '市场监管局', action: 'application.status-changed', subject: `application:${number}`, before: { status: 'submitted' }, after: { status: 'materials-requested' } }
    await t.repo.changeStatus({ applicationId: application!.id, from: 'submitted', entry: { at, actor: '市场监管局', status: 'materials-requested', note: '请补交健康证明' }, audit })
    const body = (await (await t.send('GET', `/api/applications/lookup?number=${number}&idLast4=002X`)).json()) as { history: { status: string }[]; status: string }
    expect(body.status).toBe('materials-requested')
    expect(body.history.map((h) => h.status)).toEqual(['submitted', 'materials-requested'])
  })

  it('answers 404 alike for a wrong ID number and an unknown application', async () => {
    const number = await submitted()
    const wrongId = await t.send('GET', `/api/applications/lookup?number=${number}&idLast4=1234`)
    const unknown = await t.send('GET', `/api/applications/lookup?number=${unissuedNumber}&idLast4=002X`)
    expect([wrongId.status, unknown.status]).toEqual([404, 404])
    expect(await errorOf(wrongId)).toEqual(await errorOf(unknown))
  })

  it('answers 400 for a number whose check character is wrong, or a missing parameter', async () => {
    const bad = await t.send('GET', '/api/applications/lookup?number=JC-2026-000001-0&idLast4=002X')
    expect(bad.status).toBe(400)
    expect((await errorOf(bad)).code).toBe('bad_application_number')
    expect((await t.send('GET', '/api/applications/lookup?number=JC-2026-000001-X')).status).toBe(400)
  })

  it('answers 429 with Retry-After after 10 lookups from one client, then lets one more in every 6 seconds (10 a minute)', async () => {
    const lookUp = async () => (await t.send('GET', `/api/applications/lookup?number=${unissuedNumber}&idLast4=0000`)).status
    for (let i = 0; i < 10; i++) await lookUp()
    const refused = await t.send('GET', `/api/applications/lookup?number=${unissuedNumber}&idLast4=0000`)
    expect(refused.status).toBe(429)
    expect(refused.headers.get('Retry-After')).toBe('6')
    t.state.now = new Date(t.state.now.getTime() + 6_000)
    expect([await lookUp(), await lookUp()]).toEqual([404, 429])
    t.state.now = new Date(t.state.now.getTime() + 60_000)
    expect(await lookUp()).toBe(404)
  })
})
