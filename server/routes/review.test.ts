import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { loadContentOrExplain } from '../content/load-content.ts'
import { feedbackTestApp } from '../feedback/feedback-test-app.ts'
import { repoRoot } from '../settings.ts'

const catalogue = await loadContentOrExplain(repoRoot)
let t: Awaited<ReturnType<typeof feedbackTestApp>>
beforeEach(async () => (t = await feedbackTestApp(catalogue)))
afterEach(async () => t.close())

const json = async (res: Response) => (await res.json()) as any
const twoItems = {
  items: [
    { kind: 'material', id: 'premises-layout', reason: '平面图未标注操作间和仓库面积' },
    { kind: 'field', id: 'seats', reason: '座位数与平面图不一致' },
  ],
  note: '请在 10 个工作日内补正',
}

describe('pre-review at the staff desk', () => {
  it('opens an application with its answers by section, its materials, the deadline and the legal bases, and audits the opening', async () => {
    const { number } = await t.submitApplication()
    const review = await json(await t.asStaff('GET', `/api/staff/applications/${number}`))
    expect(review).toMatchObject({
      number, status: 'submitted', revision: 1, matterName: { zh: '食品经营许可（新办）' }, changes: null, notices: [],
      data: { 'legal-representative': '张小明', 'id-number': '11010519491231002X', seats: 40 },
      // Submitted on 30 September 2026: 3 working days skip 国庆 and end on the adjusted Saturday.
      deadline: { state: 'running', dueDate: '2026-10-10', stoppedWorkingDays: 0, limit: { value: 3, unit: '工作日' } },
    })
    expect(review.form.sections.map((s: any) => s.id).length).toBeGreaterThan(1)
    expect(review.materials.map((m: any) => m.id)).toContain('premises-layout')
    expect(review.basis[0]).toEqual({ index: 0, citation: '《中华人民共和国食品安全法》第三十五条' })
    const audit = await t.deps.feedback.auditLog(0, 1000)
    expect(audit.filter((e) => e.subject === `application:${number}`).map((e) => e.action)).toEqual(['application.submitted', 'application.opened'])
  })

  it('refuses citing one of the matter\'s legal bases, and not without one', async () => {
    const { number, idLast4 } = await t.submitApplication()
    expect((await t.asStaff('POST', `/api/staff/applications/${number}/refusal`, { basis: 9, reason: '经营场所位于居民住宅楼内' })).status).toBe(422)
    const refused = await json(await t.asStaff('POST', `/api/staff/applications/${number}/refusal`, { basis: 0, reason: '经营场所位于居民住宅楼内' }))
    expect(refused).toMatchObject({ status: 'rejected', note: '不予受理。依据：《中华人民共和国食品安全法》第三十五条。理由：经营场所位于居民住宅楼内' })
    const progress = await json(await t.send('GET', `/api/applications/lookup?number=${number}&idLast4=${idLast4}`))
    expect(progress.history.at(-1)).toMatchObject({ status: 'rejected', note: refused.note })
  })

  it('refuses a notice naming what the application does not have', async () => {
    const { number } = await t.submitApplication()
    const res = await t.asStaff('POST', `/api/staff/applications/${number}/corrections`, { items: [{ kind: 'field', id: 'no-such-field', reason: '无此项' }, { kind: 'material', id: 'premises-layout', reason: '缺平面图' }] })
    expect(res.status).toBe(422)
    expect((await json(res)).error.details.problems).toEqual([{ pointer: '/items/0/id', message: 'the form has no field "no-such-field"' }])
  })
})

describe('corrections told once, made by the citizen, seen by staff', () => {
  it('tells the citizen both items at once, stops the deadline, takes exactly the named corrections as revision 2, and shows staff what changed', async () => {
    const { number, idLast4, idNumber } = await t.submitApplication()
    t.state.now = new Date('2026-10-08T02:00:00Z') // first working day after 国庆
    const asked = await json(await t.asStaff('POST', `/api/staff/applications/${number}/corrections`, twoItems))
    expect(asked.status).toBe('materials-requested')
    expect(asked.note).toBe('需补正（一次性告知，共 2 项）\n1. 经营场所和设备布局、操作流程文件（含平面图）：平面图未标注操作间和仓库面积\n2. 就餐座位数：座位数与平面图不一致\n请在 10 个工作日内补正')

    const progress = await json(await t.send('GET', `/api/applications/lookup?number=${number}&idLast4=${idLast4}`))
    expect(progress.notice.items.map((i: any) => [i.id, i.reason])).toEqual([['premises-layout', '平面图未标注操作间和仓库面积'], ['seats', '座位数与平面图不一致']])
    expect(progress.deadline).toMatchObject({ state: 'stopped', since: '2026-10-08', workingDaysLeft: 2 })
    expect(progress.matterName.zh).toBe('食品经营许可（新办）')

    expect((await t.send('POST', `/api/applications/${number}/correction`, { idNumber: '110105194912310011' })).status).toBe(404)
    const opened = await json(await t.send('POST', `/api/applications/${number}/correction`, { idNumber }))
    expect(opened).toMatchObject({ number, revision: 1, data: { seats: 40 } })

    const resubmit = (body: object) => t.send('POST', `/api/applications/${number}/resubmit`, { idNumber, revision: 1, ...body })
    const sneaky = await resubmit({ data: { seats: 60, 'operator-name': '别的店' }, materials: { 'premises-layout': '已上传新平面图' } })
    expect(sneaky.status).toBe(422)
    expect((await json(sneaky)).error.code).toBe('not_in_notice')
    expect((await resubmit({ data: { seats: 60 }, materials: {} })).status).toBe(422)

    t.state.now = new Date('2026-10-12T02:00:00Z') // Monday: 9 and 10 October stopped
    const done = await resubmit({ data: { seats: 60 }, materials: { 'premises-layout': '已上传标注操作间 12㎡、仓库 6㎡ 的平面图' } })
    expect(await json(done)).toEqual({ number, status: 'pre-review', revision: 2 })
    expect((await resubmit({ data: { seats: 60 }, materials: { 'premises-layout': '再交一次' } })).status).toBe(409)

    const review = await json(await t.asStaff('GET', `/api/staff/applications/${number}`))
    expect(review).toMatchObject({ status: 'pre-review', revision: 2, data: { seats: 60, 'operator-name': '江川市新城区好味道餐饮店' }, changes: { fields: ['seats'], materials: ['premises-layout'] } })
    expect(review.materials.find((m: any) => m.id === 'premises-layout').declared).toBe('已上传标注操作间 12㎡、仓库 6㎡ 的平面图')
    // Asked on 8 Oct (counted), back on 12 Oct: 9 and 10 (worked Saturday) and 12 are stopped; 3 days end on 14 Oct.
    expect(review.deadline).toMatchObject({ state: 'running', dueDate: '2026-10-14', stoppedWorkingDays: 3, limit: { value: 3, unit: '工作日' } })

    expect(await json(await t.asStaff('POST', `/api/staff/applications/${number}/status`, { status: 'accepted' }))).toMatchObject({ status: 'accepted' })
    const audit = (await t.deps.feedback.auditLog(0, 1000)).filter((e) => e.subject === `application:${number}`)
    expect(audit.map((e) => e.action)).toEqual(['application.submitted', 'application.corrections-requested', 'application.resubmitted', 'application.opened', 'application.status-changed'])
    expect(JSON.stringify(audit)).not.toContain('平面图')
  })
})
