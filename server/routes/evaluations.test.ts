import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { loadContentOrExplain } from '../content/load-content.ts'
import { feedbackTestApp } from '../feedback/feedback-test-app.ts'
import { repoRoot } from '../settings.ts'

const catalogue = await loadContentOrExplain(repoRoot)
let t: Awaited<ReturnType<typeof feedbackTestApp>>
beforeEach(async () => (t = await feedbackTestApp(catalogue)))
afterEach(async () => t.close())

const json = async (res: Response) => (await res.json()) as any
const rateResult = (overall: number, extra: Record<string, unknown> = {}) =>
  t.send('POST', '/api/evaluations', { target: 'result', scene: 'open-restaurant', matterId: 'food-business-licence', grades: { overall }, ...extra })

describe('rating a journey result', () => {
  it('takes a good rating without opening a follow-up', async () => {
    const res = await rateResult(5, { grades: { overall: 5, efficiency: 4, guideAccuracy: 5, convenience: 4, usability: 5 }, comment: '很清楚' })
    expect(res.status).toBe(201)
    expect(await json(res)).toEqual({ followUp: null })
  })

  it('opens a follow-up for a bad rating, due 15 working days later counting across 国庆', async () => {
    const res = await rateResult(1, { comment: '材料清单和窗口说的不一样' })
    expect(res.status).toBe(201)
    const { followUp } = await json(res)
    expect(followUp).toMatchObject({ kind: 'follow-up', dueDate: '2026-10-27' })
    expect(followUp.number).toMatch(/^HF-2026-[2-9A-HJKMNP-Z]{8}$/)
    const lookup = await t.send('GET', `/api/tickets/lookup?number=${followUp.number}&password=${followUp.password}`)
    expect(await json(lookup)).toMatchObject({ status: 'open', dueDate: '2026-10-27', answer: null, canRate: false })
  })

  it("gives staff the follow-up with the contact the citizen left, and refuses a contact that is neither phone nor e-mail", async () => {
    const { followUp } = await json(await rateResult(1, { comment: '窗口说法不一', contact: ' 138 1234 5678 ' }))
    const kase = await json(await t.asStaff('GET', `/api/staff/cases/${followUp.number}`))
    expect(kase).toMatchObject({ kind: 'follow-up', text: '138 1234 5678' })
    const bad = await rateResult(1, { contact: '请打电话给我' })
    expect(bad.status).toBe(422)
    expect(JSON.stringify(await json(bad))).toContain('a phone number (like 138 1234 5678) or an e-mail address')
    expect((await rateResult(2, { contact: 'zhang.san@example.cn' })).status).toBe(201)
  })

  it('uses FOLLOWUP_WORKING_DAYS for the deadline', async () => {
    await t.close()
    t = await feedbackTestApp(catalogue, { FOLLOWUP_WORKING_DAYS: '3' })
    expect((await json(await rateResult(2))).followUp.dueDate).toBe('2026-10-10')
  })

  it('refuses grades outside 1-5, unknown scenes and unknown matters', async () => {
    expect((await rateResult(6)).status).toBe(422)
    expect((await t.send('POST', '/api/evaluations', { target: 'result', scene: 'no-such-scene', grades: { overall: 3 } })).status).toBe(404)
    expect((await t.send('POST', '/api/evaluations', { target: 'result', scene: 'open-restaurant', matterId: 'no-such-matter', grades: { overall: 3 } })).status).toBe(404)
  })
})

describe('rating an application', () => {
  const rate = (body: Record<string, unknown>) => t.send('POST', '/api/evaluations', { target: 'application', grades: { overall: 4 }, ...body })

  it('takes one evaluation per application and matter (一事一评), proved by the receipt\'s rating key', async () => {
    const { number, ratingKey } = await t.submitApplication()
    expect((await rate({ number, ratingKey })).status).toBe(201)
    const again = await rate({ number, ratingKey })
    expect(again.status).toBe(409)
    expect((await json(again)).error.code).toBe('already_rated')
  })

  it("takes the applicant's whole ID number, however it is typed, where the page has no rating key", async () => {
    const { number, idNumber } = await t.submitApplication()
    expect((await rate({ number, idNumber: ` ${idNumber.toLowerCase()} ` })).status).toBe(201)
  })

  it('refuses the last 4 ID characters, which a stranger could guess, so no guess can spend the citizen\'s one evaluation', async () => {
    const { number, idLast4, ratingKey } = await t.submitApplication()
    const res = await rate({ number, idLast4 })
    expect(res.status).toBe(422)
    expect((await json(res)).error.details).toContainEqual({ pointer: '/', message: 'Unrecognized key: "idLast4"' })
    expect((await rate({ number, ratingKey })).status).toBe(201)
  })

  it('refuses a wrong ID number or another application\'s rating key like an unknown application', async () => {
    const first = await t.submitApplication()
    const second = await t.submitApplication()
    for (const proof of [{ idNumber: '110105194912310029' }, { ratingKey: first.ratingKey }]) {
      const res = await rate({ number: second.number, ...proof })
      expect(res.status).toBe(404)
      expect((await json(res)).error.code).toBe('application_not_found')
    }
  })

  it('counts every try against the application look-up budget, shared with progress look-ups', async () => {
    await t.close()
    t = await feedbackTestApp(catalogue, {}, { lookupRatePerMinute: 3 })
    const { number } = await t.submitApplication()
    const statuses = [
      (await t.send('GET', `/api/applications/lookup?number=${number}&idLast4=0000`)).status,
      (await rate({ number, idNumber: '110105194912310029' })).status,
      (await t.send('GET', `/api/applications/lookup?number=${number}&idLast4=0001`)).status,
      (await rate({ number, idNumber: '110105194912310037' })).status,
    ]
    expect(statuses).toEqual([404, 404, 404, 429])
  })
})

describe('abuse', () => {
  it('answers 429 with Retry-After once a client rates too often, and lets another client through', async () => {
    const statuses: number[] = []
    for (let i = 0; i < 21; i++) statuses.push((await rateResult(4)).status)
    expect(statuses.slice(0, 20).every((s) => s === 201)).toBe(true)
    const refused = await rateResult(4)
    expect(refused.status).toBe(429)
    expect(Number(refused.headers.get('Retry-After'))).toBeGreaterThan(0)
    t.state.client = '198.51.100.2'
    expect((await rateResult(4)).status).toBe(201)
  })
})
