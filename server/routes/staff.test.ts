import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { foodLicenceForm, validFoodLicenceData } from '../../core/forms/test-form.ts'
import { loadContentOrExplain } from '../content/load-content.ts'
import { feedbackTestApp } from '../feedback/feedback-test-app.ts'
import { repoRoot } from '../settings.ts'
import { newStaffToken, staffTokenCreated } from '../staff/staff-token.ts'

const catalogue = await loadContentOrExplain(repoRoot)
let t: Awaited<ReturnType<typeof feedbackTestApp>>
beforeEach(async () => (t = await feedbackTestApp(catalogue)))
afterEach(async () => t.close())

const json = async (res: Response) => (await res.json()) as any
const staffPaths: [string, string, unknown?][] = [
  ['GET', '/api/staff/me'],
  ['GET', '/api/staff/queue'],
  ['GET', '/api/staff/cases/TS-2026-AAAAAAAA'],
  ['POST', '/api/staff/cases/TS-2026-AAAAAAAA/answer', { answer: '已处理' }],
  ['POST', '/api/staff/cases/TS-2026-AAAAAAAA/faq', { question: '问题', published: true }],
  ['POST', '/api/staff/applications/JC-2026-000001-7/status', { status: 'pre-review' }],
  ['GET', '/api/staff/statistics'],
  ['GET', '/api/staff/funnel'],
  ['GET', '/api/staff/audit?format=csv'],
]

describe('staff sign-in', () => {
  it('refuses every staff path without a token, with a wrong one and with an expired one, the same way', async () => {
    const expired = newStaffToken('已离职', new Date('2026-01-01T00:00:00Z'), 1)
    await t.deps.feedback.insertStaffToken(expired.stored, staffTokenCreated(expired.stored, 'cli'))
    const [, realSecret] = t.staffToken.split('.')
    const forged = `st_${'0'.repeat(12)}.${realSecret}`
    const wrongSecret = `${t.staffToken.split('.')[0]}.${'A'.repeat(32)}`
    for (const [method, path, body] of staffPaths) {
      for (const token of [undefined, 'nonsense', forged, wrongSecret, expired.token]) {
        const res = await t.send(method, path, body, token)
        expect(res.status, `${method} ${path} with ${token}`).toBe(401)
        expect((await json(res)).error.code).toBe('unauthorized')
      }
    }
  })

  it('does not tell an outsider whether a ticket exists', async () => {
    const ticket = await json(await t.send('POST', '/api/tickets', { kind: 'complaint', text: '排队时间太长了，等了两个小时。' }))
    const known = await t.send('GET', `/api/staff/cases/${ticket.number}`, undefined, 'nonsense')
    const unknown = await t.send('GET', '/api/staff/cases/TS-2026-AAAAAAAA', undefined, 'nonsense')
    expect([known.status, unknown.status]).toEqual([401, 401])
    expect(await json(known)).toEqual(await json(unknown))
  })

  it('names the signed-in staff member', async () => {
    expect(await json(await t.asStaff('GET', '/api/staff/me'))).toEqual({ name: '窗口 5 李明' })
  })
})

describe('the staff queues', () => {
  it('lists open applications and cases with deadlines, flagging those due within two working days and overdue', async () => {
    const { number } = await t.submitApplication()
    const complaint = await json(await t.send('POST', '/api/tickets', { kind: 'complaint', text: '排队时间太长了，等了两个小时。' }))
    await t.send('POST', '/api/tickets', { kind: 'consultation', text: '周末可以办理吗？' })
    t.state.now = new Date('2026-10-16T02:00:00Z') // the consultation (due 13 October) is overdue, the complaint (due 20 October) due soon
    const queue = await json(await t.asStaff('GET', '/api/staff/queue'))
    expect(queue.applications.map((a: any) => a.number)).toEqual([number])
    expect(queue.cases.map((k: any) => [k.kind, k.dueDate, k.urgency.state])).toEqual([
      ['consultation', '2026-10-13', 'overdue'],
      ['complaint', '2026-10-20', 'due-soon'],
    ])
    expect(queue.cases[1].number).toBe(complaint.number)
    expect(queue.cases[0]).not.toHaveProperty('passwordHash')
    expect(queue.cases[0]).not.toHaveProperty('textSealed')
    expect(queue.counts.overdue).toBeGreaterThanOrEqual(1)
  })

  it('advances an application through plain steps only, and refuses skipped ones', async () => {
    const { number } = await t.submitApplication()
    const move = (body: unknown) => t.asStaff('POST', `/api/staff/applications/${number}/status`, body)
    expect((await move({ status: 'completed' })).status).toBe(409)
    expect((await move({ status: 'materials-requested' })).status).toBe(422)
    expect((await move({ status: 'pre-review', note: '开始预审' })).status).toBe(200)
    expect(await json(await move({ status: 'accepted' }))).toMatchObject({ status: 'accepted', history: [{ status: 'submitted' }, { status: 'pre-review', note: '开始预审' }, { status: 'accepted' }] })
    expect((await t.asStaff('POST', '/api/staff/applications/JC-2026-999999-1/status', { status: 'pre-review' })).status).toBe(404)
  })
})

describe('answering a bad review', () => {
  it('lets staff read the grades without the evaluator, answer once, and the citizen see and rate the answer', async () => {
    const { followUp } = await json(await t.send('POST', '/api/evaluations', { target: 'result', scene: 'open-restaurant', grades: { overall: 1, usability: 2 }, comment: '页面太难用' }))
    const view = await json(await t.asStaff('GET', `/api/staff/cases/${followUp.number}`))
    expect(view).toMatchObject({ kind: 'follow-up', status: 'open', evaluation: { grades: { overall: 1, usability: 2 }, comment: '页面太难用', sceneId: 'open-restaurant' } })
    expect(JSON.stringify(view)).not.toMatch(/203\.0\.113\.7|passwordHash/)
    const answer = await t.asStaff('POST', `/api/staff/cases/${followUp.number}/answer`, { answer: '已简化第二步的问题。' })
    expect(await json(answer)).toMatchObject({ status: 'answered', answeredBy: 'staff:窗口 5 李明' })
    expect((await t.asStaff('POST', `/api/staff/cases/${followUp.number}/answer`, { answer: '再答一次' })).status).toBe(409)
    const seen = await json(await t.send('GET', `/api/tickets/lookup?number=${followUp.number}&password=${followUp.password}`))
    expect(seen).toMatchObject({ answer: '已简化第二步的问题。', canRate: true })
    expect(seen).not.toHaveProperty('answeredBy')
  })
})

describe('statistics, funnel and audit log', () => {
  it('gives evaluation statistics per matter and department', async () => {
    for (const overall of [1, 5, 4]) await t.send('POST', '/api/evaluations', { target: 'result', scene: 'open-restaurant', matterId: 'food-business-licence', grades: { overall } })
    const stats = await json(await t.asStaff('GET', '/api/staff/statistics'))
    expect(stats.byMatter['food-business-licence']).toMatchObject({ count: 3, meanOverall: 3.33, badShare: 0.33 })
    const department = catalogue.matters.find((m) => m.id === 'food-business-licence')!.department
    expect(stats.byDepartment[department].count).toBe(3)
    expect(stats.names.matters['food-business-licence'].zh).toBeTruthy()
  })

  it('records every status change and staff action, exportable as CSV and JSON lines', async () => {
    const ticket = await json(await t.send('POST', '/api/tickets', { kind: 'complaint', text: '排队时间太长了，等了两个小时。' }))
    await t.asStaff('POST', `/api/staff/cases/${ticket.number}/answer`, { answer: '已增加窗口。' })
    const { number } = await t.submitApplication()
    await t.asStaff('POST', `/api/staff/applications/${number}/status`, { status: 'pre-review' })
    const lines = (await (await t.asStaff('GET', '/api/staff/audit?format=jsonl')).text()).trim().split('\n').map((l) => JSON.parse(l))
    expect(lines.map((l) => [l.actor, l.action])).toEqual([
      ['cli', 'staff-token.created'],
      ['citizen', 'case.opened'],
      ['staff:窗口 5 李明', 'case.answered'],
      ['applicant', 'application.submitted'],
      ['staff:窗口 5 李明', 'application.status-changed'],
      ['staff:窗口 5 李明', 'audit.exported'],
    ])
    expect(lines[0]).toMatchObject({ subject: `staff-token:${t.staffToken.slice(3, 15)}`, after: { name: '窗口 5 李明' } })
    expect(lines[3]).toMatchObject({ subject: `application:${number}`, before: null, after: { status: 'submitted' } })
    expect(lines[4]).toMatchObject({ subject: `application:${number}`, before: { status: 'submitted' }, after: { status: 'pre-review' } })
    expect(JSON.stringify(lines)).not.toContain('排队时间太长')
    const csv = await t.asStaff('GET', '/api/staff/audit?format=csv')
    expect(csv.headers.get('Content-Type')).toMatch(/^text\/csv/)
    const rows = (await csv.text()).trim().split('\r\n')
    expect(rows[0]).toBe('seq,at,actor,action,subject,before,after')
    expect(rows).toHaveLength(8)
    expect((await t.asStaff('GET', '/api/staff/audit?format=xml')).status).toBe(400)
  })

  it('records a citizen\'s submission once, submitted twice, with no form values, names or ID numbers', async () => {
    const data = validFoodLicenceData()
    const { token } = await json(await t.send('POST', '/api/drafts', { formId: foodLicenceForm().id, data }))
    const first = await json(await t.send('POST', `/api/drafts/${token}/submit`))
    expect((await t.send('POST', `/api/drafts/${token}/submit`)).status).toBe(200)
    const lines = (await (await t.asStaff('GET', '/api/staff/audit?format=jsonl')).text()).trim().split('\n').map((l) => JSON.parse(l))
    const submitted = lines.filter((l) => l.action === 'application.submitted')
    expect(submitted).toEqual([expect.objectContaining({ actor: 'applicant', subject: `application:${first.application.number}`, before: null, after: { status: 'submitted' } })])
    for (const value of [data['operator-name'], data['legal-representative'], data['id-number'], data.phone, data.address]) expect(JSON.stringify(lines)).not.toContain(value)
  })
})
