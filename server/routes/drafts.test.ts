import QRCode from 'qrcode'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { FormDefinition } from '../../core/content/form.ts'
import { foodLicenceForm, validFoodLicenceData } from '../../core/forms/test-form.ts'
import { draftsTestApp } from './drafts-test-app.ts'

const v2 = foodLicenceForm()
let t: ReturnType<typeof draftsTestApp>
beforeEach(() => (t = draftsTestApp([v2])))
afterEach(async () => t.close())

type Draft = { id: string; token: string; resumeCode: string; revision: number; expiresAt: string; data: Record<string, unknown>; position: string | null }
async function create(body: Record<string, unknown> = {}): Promise<Draft> {
  const res = await t.send('POST', '/api/drafts', { formId: 'food-business-licence', ...body })
  expect(res.status).toBe(201)
  return (await res.json()) as Draft
}
const errorOf = async (res: Response) => ((await res.json()) as { error: { code: string; message: string; details?: any } }).error

describe('creating a draft', () => {
  it('answers 201 with an unguessable token, a short resume code and the expiry, prefilled from the journey', async () => {
    const draft = await create({ answers: { 'applicant-name': '张小明', seats: 40 }, data: { address: '市民大道 88 号' }, position: 'premises' })
    expect(draft.token).toMatch(/^[A-Za-z0-9_-]{22}$/)
    expect(draft.resumeCode).toMatch(/^[23456789ABCDEFGHJKMNPQRSTUVWXYZ]{4}-[23456789ABCDEFGHJKMNPQRSTUVWXYZ]{4}$/)
    expect(draft).toMatchObject({ revision: 1, formVersion: 2, position: 'premises', expiresAt: '2026-12-25T02:00:00.000Z' })
    expect(draft.data).toEqual({ 'legal-representative': '张小明', seats: 40, address: '市民大道 88 号' })
  })

  it('answers 404 for a form that does not exist', async () => {
    const res = await t.send('POST', '/api/drafts', { formId: 'no-such-form' })
    expect(res.status).toBe(404)
    expect((await errorOf(res)).code).toBe('form_not_found')
  })

  it('answers 400 with the position of the error for malformed JSON', async () => {
    const res = await t.send('POST', '/api/drafts', '{"formId": "food-business-licence",\n "data": {"seats": 4,}}')
    expect(res.status).toBe(400)
    const error = await errorOf(res)
    expect(error.code).toBe('malformed_json')
    expect(error.details).toMatchObject({ line: 2, column: expect.any(Number), position: expect.any(Number) })
  })

  it('answers 413 for a body over the limit', async () => {
    const res = await t.send('POST', '/api/drafts', { formId: 'food-business-licence', data: { address: '号'.repeat(40_000) } })
    expect(res.status).toBe(413)
  })

  it('answers 422 naming the problem for a body of the wrong shape or an unknown section', async () => {
    const res = await t.send('POST', '/api/drafts', { formId: 'food-business-licence', data: ['not', 'an', 'object'] })
    expect(res.status).toBe(422)
    expect((await errorOf(res)).details[0].pointer).toBe('/data')
    const bad = await t.send('POST', '/api/drafts', { formId: 'food-business-licence', position: 'nowhere' })
    expect(bad.status).toBe(422)
    expect((await errorOf(bad)).details).toEqual([{ pointer: '/position', message: 'use one of operator, premises, staff' }])
  })

  it('stores ID numbers, phone numbers and names encrypted', async () => {
    const draft = await create({ data: validFoodLicenceData() })
    const stored = JSON.stringify(await t.repo.findDraftByTokenHash(t.deps.crypto.hash('draft-token', draft.token)))
    for (const secret of ['11010519491231002X', '13812345678', '张小明', draft.token]) expect(stored).not.toContain(secret)
  })
})

describe('reading and resuming a draft', () => {
  it('opens by token with data, position, revision and expiry', async () => {
    const draft = await create({ data: { seats: 12 }, position: 'premises' })
    const res = await t.sendDraft('GET', draft.token)
    expect(res.status).toBe(200)
    expect(res.headers.get('Cache-Control')).toBe('no-store')
    expect(await res.json()).toMatchObject({ data: { seats: 12 }, position: 'premises', revision: 1, expiresAt: draft.expiresAt, unmoved: [] })
  })

  it('resumes by code as people type it, and gives back the token for later saves', async () => {
    const draft = await create({ data: { seats: 12 } })
    const res = await t.send('POST', '/api/drafts/resume', { code: ` ${draft.resumeCode.toLowerCase().replace('-', ' ')} ` })
    expect(res.status).toBe(200)
    expect(await res.json()).toMatchObject({ token: draft.token, data: { seats: 12 } })
  })

  it('answers 404 for an unknown token or code', async () => {
    expect((await t.sendDraft('GET', 'AAAAAAAAAAAAAAAAAAAAAA')).status).toBe(404)
    expect((await t.sendDraft('GET', 'short')).status).toBe(404)
    expect((await t.send('POST', '/api/drafts/resume', { code: 'ZZZZ-ZZZZ' })).status).toBe(404)
  })

  it('answers 429 with Retry-After when resume codes are being guessed', async () => {
    for (let i = 0; i < 10; i++) expect((await t.send('POST', '/api/drafts/resume', { code: 'ZZZZ-ZZZZ' })).status).toBe(404)
    const res = await t.send('POST', '/api/drafts/resume', { code: 'ZZZZ-ZZZZ' })
    expect(res.status).toBe(429)
    expect(Number(res.headers.get('Retry-After'))).toBeGreaterThan(0)
  })

  it('answers 410 once the draft has expired, and the purge then removes it', async () => {
    const draft = await create()
    t.state.now = new Date('2026-12-25T02:00:00Z')
    expect((await t.sendDraft('GET', draft.token)).status).toBe(410)
    expect(await t.repo.deleteExpiredDrafts(t.state.now)).toBe(1)
    expect((await t.sendDraft('GET', draft.token)).status).toBe(404)
  })

  it('moves a draft saved against an older form version forward and lists what could not move', async () => {
    const v1: FormDefinition = olderVersion(v2)
    t.state.forms = [v1]
    const draft = await create({ data: { 'legal-rep': '张小明', fax: '0599-86012346', address: '市民大道 88 号' }, position: 'premises' })
    t.state.forms = [v2]
    const res = await t.sendDraft('GET', draft.token)
    expect(await res.json()).toMatchObject({
      formVersion: 2,
      data: { 'legal-representative': '张小明', address: '市民大道 88 号' },
      unmoved: [{ field: 'fax', value: '0599-86012346' }],
      position: 'premises',
    })
  })
})

describe('saving a draft', () => {
  it('moves the revision on and extends the expiry from the time of the save', async () => {
    const draft = await create()
    t.state.now = new Date('2026-12-01T00:00:00Z')
    const res = await t.sendDraft('PUT', draft.token, '', { data: { seats: 20 }, position: 'premises', revision: 1 })
    expect(res.status).toBe(200)
    expect(await res.json()).toMatchObject({ revision: 2, expiresAt: '2026-12-31T00:00:00.000Z' })
    expect(await (await t.sendDraft('GET', draft.token)).json()).toMatchObject({ data: { seats: 20 }, revision: 2 })
  })

  it('answers a stale save with 409 and the newer version, keeping the newer version stored', async () => {
    const draft = await create()
    await t.sendDraft('PUT', draft.token, '', { data: { seats: 20 }, position: 'premises', revision: 1 })
    const res = await t.sendDraft('PUT', draft.token, '', { data: { seats: 99 }, revision: 1 })
    expect(res.status).toBe(409)
    const error = await errorOf(res)
    expect(error.code).toBe('draft_conflict')
    expect(error.details).toMatchObject({ currentRevision: 2, current: { data: { seats: 20 }, position: 'premises', updatedAt: expect.any(String) } })
    expect(await (await t.sendDraft('GET', draft.token)).json()).toMatchObject({ data: { seats: 20 }, revision: 2 })
  })

  it('leaves the stored draft untouched when a save is refused as 400 or 422', async () => {
    const draft = await create({ data: { seats: 12 } })
    expect((await t.sendDraft('PUT', draft.token, '', '{"data": {')).status).toBe(400)
    expect((await t.sendDraft('PUT', draft.token, '', { data: { seats: 1 }, revision: 'one' })).status).toBe(422)
    expect((await t.sendDraft('PUT', draft.token, '', { data: { seats: 1 }, revision: 1, position: 'nowhere' })).status).toBe(422)
    expect(await (await t.sendDraft('GET', draft.token)).json()).toMatchObject({ data: { seats: 12 }, revision: 1 })
  })

  it('answers 404 for a save to a draft that does not exist', async () => {
    expect((await t.sendDraft('PUT', 'AAAAAAAAAAAAAAAAAAAAAA', '', { data: {}, revision: 1 })).status).toBe(404)
  })
})

describe('deleting a draft and its QR code', () => {
  it('deletes with 204, after which the link opens nothing', async () => {
    const draft = await create()
    expect((await t.sendDraft('DELETE', draft.token)).status).toBe(204)
    expect((await t.sendDraft('GET', draft.token)).status).toBe(404)
  })

  it('draws the resume link as an SVG QR code', async () => {
    const draft = await create()
    const res = await t.sendDraft('GET', draft.token, '/qr.svg')
    expect(res.status).toBe(200)
    expect(res.headers.get('Content-Type')).toContain('image/svg+xml')
    const svg = await res.text()
    expect(svg).toMatch(/^<svg[\s\S]*<path[\s\S]*<\/svg>\s*$/)
    // The same link drawn by the library gives the same picture: the code holds /resume#<token>, the token after the #.
    expect(svg).toBe(await QRCode.toString(`https://lobby.example.gov.cn/resume#${draft.token}`, { type: 'svg', errorCorrectionLevel: 'M', margin: 2 }))
    expect((await t.sendDraft('GET', 'AAAAAAAAAAAAAAAAAAAAAA', '/qr.svg')).status).toBe(404)
  })
})

describe('where the token travels', () => {
  it('takes the token from the Draft-Token header, and says so when it is missing', async () => {
    const draft = await create({ data: { seats: 12 } })
    expect(await (await t.sendDraft('GET', draft.token)).json()).toMatchObject({ id: draft.id, data: { seats: 12 } })
    const res = await t.send('GET', '/api/draft')
    expect(res.status).toBe(400)
    expect(await errorOf(res)).toEqual({ code: 'draft_token_missing', message: "Send the draft's token in the Draft-Token header." })
  })

  it('still answers the old routes with the token in the path, for pages loaded before the change', async () => {
    const draft = await create({ data: { seats: 12 } })
    expect(await (await t.send('GET', `/api/drafts/${draft.token}`)).json()).toMatchObject({ data: { seats: 12 }, revision: 1 })
    expect((await t.send('PUT', `/api/drafts/${draft.token}`, { data: { seats: 20 }, revision: 1 })).status).toBe(200)
    expect(await (await t.sendDraft('GET', draft.token)).json()).toMatchObject({ data: { seats: 20 }, revision: 2 })
    expect((await t.send('GET', `/api/drafts/${draft.token}/qr.svg`)).status).toBe(200)
    expect((await t.send('DELETE', `/api/drafts/${draft.token}`)).status).toBe(204)
    expect((await t.sendDraft('GET', draft.token)).status).toBe(404)
  })
})

/** Version 1 of the fixture form: before `legal-rep` and `mobile` were renamed and `fax` removed. */
function olderVersion(form: FormDefinition): FormDefinition {
  const renamed: Record<string, string> = { 'legal-representative': 'legal-rep', phone: 'mobile' }
  const sections = form.sections.map((s, i) => ({
    ...s,
    fields: [
      ...s.fields.map((f) => ({ ...f, id: renamed[f.id] ?? f.id })),
      ...(i === 0 ? [{ id: 'fax', type: 'phone' as const, label: { zh: '传真', en: 'fax' } }] : []),
    ],
  }))
  return { ...form, version: 1, sections, migrations: [] }
}
