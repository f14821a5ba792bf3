import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { loadContentOrExplain } from '../content/load-content.ts'
import { formatApplicationNumber } from '../drafts/application-number.ts'
import { feedbackTestApp } from '../feedback/feedback-test-app.ts'
import { repoRoot } from '../settings.ts'

const catalogue = await loadContentOrExplain(repoRoot)
let t: Awaited<ReturnType<typeof feedbackTestApp>>
beforeEach(async () => (t = await feedbackTestApp(catalogue, {}, { lookupRatePerMinute: 10 })))
afterEach(async () => t.close())

const unissuedNumber = formatApplicationNumber(2026, 2)
const errorOf = async (res: Response) => ((await res.json()) as { error: { code: string; details?: any } }).error
const submitted = async () => (await t.submitApplication()).number

describe('looking up progress', () => {
  it('returns the status history with the ID number masked', async () => {
    const number = await submitted()
    const res = await t.send('GET', `/api/applications/lookup?number=${number.toLowerCase()}&idLast4=002x`)
    expect(res.status).toBe(200)
    expect(await res.json()).toMatchObject({
      number, status: 'submitted', statusLabel: { zh: '已提交', en: 'Submitted' }, applicantIdNumber: '1101**********002X',
      history: [{ status: 'submitted', actor: 'applicant', at: '2026-09-30T02:00:00.000Z', note: null }],
      matterName: { zh: '食品经营许可（新办）' }, deadline: { state: 'running', dueDate: '2026-10-10' }, notice: null,
    })
  })

  it('shows statuses added later, in order', async () => {
    const number = await submitted()
    const application = await t.deps.drafts.repo.findApplicationByNumber(number)
    const at = new Date('2026-11-26T01:00:00Z')
    const audit = { at, actor: '市场监管局', action: 'application.status-changed', subject: `application:${number}`, before: { status: 'submitted' }, after: { status: 'materials-requested' } }
    await t.deps.drafts.repo.changeStatus({ applicationId: application!.id, from: 'submitted', entry: { at, actor: '市场监管局', status: 'materials-requested', note: '请补交健康证明' }, audit })
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
