import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { loadContentOrExplain } from '../content/load-content.ts'
import { feedbackTestApp } from '../feedback/feedback-test-app.ts'
import { repoRoot } from '../settings.ts'

const catalogue = await loadContentOrExplain(repoRoot)
let t: Awaited<ReturnType<typeof feedbackTestApp>>
beforeEach(async () => (t = await feedbackTestApp(catalogue)))
afterEach(async () => t.close())

const json = async (res: Response) => (await res.json()) as any
const file = async (kind: string, text = '窗口工作人员态度很差，让我跑了三次。', matterId: string | undefined = 'food-business-licence') =>
  json(await t.send('POST', '/api/tickets', { kind, text, ...(matterId ? { matterId } : {}) }))
const lookup = (number: string, password: string) => t.send('GET', `/api/tickets/lookup?number=${encodeURIComponent(number)}&password=${encodeURIComponent(password)}`)

describe('filing a ticket', () => {
  it('gives a number, a password and a deadline per kind in working days', async () => {
    expect(await file('complaint')).toMatchObject({ kind: 'complaint', number: expect.stringMatching(/^TS-2026-/), dueDate: '2026-10-20' })
    expect(await file('consultation')).toMatchObject({ number: expect.stringMatching(/^ZX-2026-/), dueDate: '2026-10-13' })
    expect(await file('suggestion', '希望增加周末办理时间。', undefined)).toMatchObject({ number: expect.stringMatching(/^JY-2026-/), dueDate: '2026-10-27' })
  })

  it('refuses too short a text, an unknown kind and an unknown matter', async () => {
    expect((await t.send('POST', '/api/tickets', { kind: 'complaint', text: '差' })).status).toBe(422)
    expect((await t.send('POST', '/api/tickets', { kind: 'praise', text: '非常好非常好' })).status).toBe(422)
    expect((await t.send('POST', '/api/tickets', { kind: 'complaint', text: '非常不好非常不好', matterId: 'no-such-matter' })).status).toBe(404)
  })
})

describe('looking a ticket up', () => {
  it('shows the citizen their text and status with the number and password, in any case and spacing', async () => {
    const ticket = await file('complaint')
    const res = await lookup(` ${ticket.number.toLowerCase()} `, ticket.password.toLowerCase())
    expect(res.status).toBe(200)
    expect(res.headers.get('Cache-Control')).toBe('no-store')
    expect(await json(res)).toMatchObject({ status: 'open', text: '窗口工作人员态度很差，让我跑了三次。', dueDate: '2026-10-20', answer: null })
  })

  it('answers a wrong password and an unknown number alike', async () => {
    const ticket = await file('complaint')
    const wrong = await lookup(ticket.number, 'AAAAAAAA')
    const unknown = await lookup('TS-2026-AAAAAAAA', ticket.password)
    expect(wrong.status).toBe(404)
    expect(unknown.status).toBe(404)
    expect(await json(wrong)).toEqual(await json(unknown))
  })

  it('rates an answer once, and not before there is one', async () => {
    const ticket = await file('consultation', '个体户办食品经营许可需要什么材料？')
    const rate = (grade: number) => t.send('POST', '/api/tickets/rate', { number: ticket.number, password: ticket.password, grade })
    expect((await json(await rate(5))).error.code).toBe('cannot_rate')
    await t.asStaff('POST', `/api/staff/cases/${ticket.number}/answer`, { answer: '需要营业执照、经营场所平面图和食品安全管理制度。' })
    const rated = await rate(5)
    expect(rated.status).toBe(200)
    expect(await json(rated)).toMatchObject({ answerGrade: 5, canRate: false })
    expect((await rate(1)).status).toBe(409)
  })
})

describe('published FAQ', () => {
  it('shows a consultation answer on the matter only once staff publish it', async () => {
    const ticket = await file('consultation', '个体户办食品经营许可需要什么材料？')
    const faq = async () => (await json(await t.send('GET', '/api/matters/food-business-licence/faq'))).faq
    expect(await faq()).toEqual([])
    await t.asStaff('POST', `/api/staff/cases/${ticket.number}/answer`, { answer: '需要营业执照和经营场所平面图。' })
    const published = await t.asStaff('POST', `/api/staff/cases/${ticket.number}/faq`, { question: '个体户办食品经营许可需要什么材料？', published: true })
    expect(published.status).toBe(200)
    expect(await faq()).toEqual([{ question: '个体户办食品经营许可需要什么材料？', answer: '需要营业执照和经营场所平面图。', answeredAt: expect.any(String) }])
    expect((await t.send('GET', '/api/matters/no-such-matter/faq')).status).toBe(404)
  })

  it('does not publish complaints', async () => {
    const ticket = await file('complaint')
    await t.asStaff('POST', `/api/staff/cases/${ticket.number}/answer`, { answer: '已核实并整改。' })
    expect((await t.asStaff('POST', `/api/staff/cases/${ticket.number}/faq`, { question: '投诉', published: true })).status).toBe(409)
  })
})
