import { afterEach, describe, expect, it } from 'vitest'
import { foodLicenceForm, validFoodLicenceData } from '../../core/forms/test-form.ts'
import { draftsTestApp } from './drafts-test-app.ts'

/** The drafts API with the default 256 KiB body limit, counting the costly work: sealing and storing. */
function countingApp() {
  const t = draftsTestApp([foodLicenceForm()], { draftMaxBytes: 256 * 1024 })
  const work = { sealed: 0, stored: 0 }
  const seal = t.deps.crypto.seal
  t.deps.crypto.seal = (v) => (work.sealed++, seal(v))
  for (const method of ['insertDraft', 'saveDraft'] as const) {
    const real = t.repo[method].bind(t.repo) as (...a: unknown[]) => Promise<never>
    ;(t.repo as unknown as Record<string, unknown>)[method] = (...a: unknown[]) => (work.stored++, real(...a))
  }
  return { t, work }
}

let t: ReturnType<typeof draftsTestApp>
afterEach(async () => t?.close())
const errorOf = async (res: Response) => ((await res.json()) as { error: { code: string; message: string; details?: any } }).error
const create = (data: unknown) => t.send('POST', '/api/drafts', { formId: 'food-business-licence', data })

describe('drafts accept only what the form defines', () => {
  it('refuses 28,000 unknown keys (a 250 KB body) with 422 before anything is sealed or stored', async () => {
    const c = countingApp()
    t = c.t
    const data = Object.fromEntries(Array.from({ length: 28_000 }, (_, i) => [`k${i.toString(36)}`, 1]))
    const res = await create(data)
    expect(res.status).toBe(422)
    expect((await errorOf(res)).details).toEqual([{ pointer: '/data/k3us', message: 'holds more than 5000 values; send fewer' }])
    expect(c.work).toEqual({ sealed: 0, stored: 0 })
  })

  it('names each key the form does not have, and stores nothing', async () => {
    const c = countingApp()
    t = c.t
    const res = await create({ 'operator-name': '好味道', 'no-such-field': 'x', 'safety-officers': [{ name: '李红', nickname: '小李' }] })
    expect(res.status).toBe(422)
    expect((await errorOf(res)).details).toEqual([
      { pointer: '/data/no-such-field', message: 'this form has no field "no-such-field"' },
      { pointer: '/data/safety-officers/0/nickname', message: 'this form has no field "nickname"' },
    ])
    expect(c.work).toEqual({ sealed: 0, stored: 0 })
  })

  it('refuses values of the wrong kind, strings over the field\'s length and groups over their item count', async () => {
    t = draftsTestApp([foodLicenceForm()])
    const res = await create({
      'operator-name': '店'.repeat(51),
      seats: true,
      activities: 'hot-food',
      declaration: 'yes',
      'safety-officers': Array.from({ length: 4 }, () => ({ name: '李红' })),
    })
    expect(res.status).toBe(422)
    expect((await errorOf(res)).details).toEqual([
      { pointer: '/data/operator-name', message: 'at most 50 characters' },
      { pointer: '/data/seats', message: 'use a number for this number field' },
      { pointer: '/data/activities', message: 'use a list of choices for this checkbox field' },
      { pointer: '/data/declaration', message: 'use true or false for this checkbox' },
      { pointer: '/data/safety-officers', message: 'at most 3 items' },
    ])
  })

  it('checks a save the same way, before the draft is touched', async () => {
    const c = countingApp()
    t = c.t
    const draft = (await (await create({ 'operator-name': '好味道' })).json()) as { token: string }
    c.work.sealed = c.work.stored = 0
    const res = await t.send('PUT', `/api/drafts/${draft.token}`, { data: { 'no-such-field': 'x' }, revision: 1 })
    expect(res.status).toBe(422)
    expect(c.work).toEqual({ sealed: 0, stored: 0 })
    expect((await (await t.send('GET', `/api/drafts/${draft.token}`)).json()).revision).toBe(1)
  })

  it('still takes a save of fields the form renamed or removed since the page was opened', async () => {
    t = draftsTestApp([foodLicenceForm()])
    const draft = (await (await create({})).json()) as { token: string }
    const res = await t.send('PUT', `/api/drafts/${draft.token}`, { data: { 'legal-rep': '张小明', fax: '0599-1' }, revision: 1, formVersion: 1 })
    expect(res.status).toBe(200)
  })

  it('takes a complete draft of the form', async () => {
    t = draftsTestApp([foodLicenceForm()])
    expect((await create(validFoodLicenceData())).status).toBe(201)
  })
})

describe('every JSON body is bounded before it is parsed', () => {
  it('answers 634 levels of nesting (a 5 KB body) with 422, not 500, on creating and saving', async () => {
    t = draftsTestApp([foodLicenceForm()])
    const deep = `${'['.repeat(634)}${']'.repeat(634)}`
    const created = await t.app.request('/api/drafts', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: `{"formId":"food-business-licence","data":{"seats":${deep}}}` })
    expect(created.status).toBe(422)
    expect((await errorOf(created)).details).toEqual([{ pointer: '/data/seats/0/0/0/0/0/0/0/0/0/0', message: 'nested deeper than 12 levels; send a flatter value' }])
    const draft = (await (await create({})).json()) as { token: string }
    const saved = await t.app.request(`/api/drafts/${draft.token}`, { method: 'PUT', headers: { 'Content-Type': 'application/json' }, body: `{"revision":1,"data":${deep}}` })
    expect(saved.status).toBe(422)
  })

  it('refuses a string over 10,000 characters wherever it is', async () => {
    t = draftsTestApp([foodLicenceForm()])
    const res = await t.send('POST', '/api/drafts/resume', { code: 'x'.repeat(10_001) })
    expect(res.status).toBe(422)
    expect((await errorOf(res)).details).toEqual([{ pointer: '/code', message: 'is longer than 10000 characters' }])
  })

  it('refuses a NUL or a lone surrogate with 422 naming where it is, so no store ever sees one', async () => {
    t = draftsTestApp([foodLicenceForm()])
    const nul = await t.app.request('/api/drafts', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '{"formId":"food-business-licence","data":{"operator-name":"好味\\u0000道"}}' })
    expect(nul.status).toBe(422)
    expect((await errorOf(nul)).details).toEqual([{ pointer: '/data/operator-name', message: 'contains a NUL character (U+0000); remove it' }])
    const lone = await t.app.request('/api/drafts', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '{"formId":"food-business-licence","data":{"address":"市民大道\\ud800"}}' })
    expect(lone.status).toBe(422)
    expect((await errorOf(lone)).details).toEqual([{ pointer: '/data/address', message: 'contains a lone UTF-16 surrogate (U+D800) that is not a character; send valid Unicode' }])
  })

  it('answers a body that is not sent as JSON with 415', async () => {
    t = draftsTestApp([foodLicenceForm()])
    const res = await t.app.request('/api/drafts', { method: 'POST', headers: { 'Content-Type': 'text/plain' }, body: '{"formId":"food-business-licence"}' })
    expect(res.status).toBe(415)
    expect((await errorOf(res)).code).toBe('unsupported_media_type')
  })
})

describe('per-client budgets for drafts', () => {
  it('limits new drafts to CREATE_RATE_PER_MINUTE per client, and lets another client through', async () => {
    t = draftsTestApp([foodLicenceForm()], { createRatePerMinute: 3 })
    const statuses = []
    for (let i = 0; i < 4; i++) statuses.push((await create({})).status)
    expect(statuses).toEqual([201, 201, 201, 429])
    t.state.client = '198.51.100.2'
    expect((await create({})).status).toBe(201)
    t.state.now = new Date(t.state.now.getTime() + 60_000)
    t.state.client = '203.0.113.7'
    expect((await create({})).status).toBe(201)
  })

  it('limits saves and submits to SAVE_RATE_PER_MINUTE per client, at most 5 seconds\' worth at once', async () => {
    t = draftsTestApp([foodLicenceForm()], { saveRatePerMinute: 24 })
    const draft = (await (await create({})).json()) as { token: string }
    const save = (revision: number) => t.send('PUT', `/api/drafts/${draft.token}`, { data: { seats: revision }, revision })
    expect([(await save(1)).status, (await save(2)).status]).toEqual([200, 200])
    const refused = await t.send('POST', `/api/drafts/${draft.token}/submit`, {})
    expect(refused.status).toBe(429)
    expect(refused.headers.get('Retry-After')).toBe('3')
    t.state.now = new Date(t.state.now.getTime() + 2500)
    expect((await save(3)).status).toBe(200)
  })
})
