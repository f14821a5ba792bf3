import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { loadContentOrExplain } from '../content/load-content.ts'
import { feedbackTestApp } from '../feedback/feedback-test-app.ts'
import { repoRoot } from '../settings.ts'
import { issueStaffToken } from '../staff/token-admin.ts'

const catalogue = await loadContentOrExplain(repoRoot)
let t: Awaited<ReturnType<typeof feedbackTestApp>>
beforeEach(async () => (t = await feedbackTestApp(catalogue)))
afterEach(async () => t.close())
const json = async (res: Response) => (await res.json()) as any

describe('revoking staff tokens', () => {
  it('lists live tokens with who and until when, never a secret or its hash', async () => {
    const res = await t.asStaff('GET', '/api/staff/tokens')
    expect(res.status).toBe(200)
    const { tokens } = await json(res)
    expect(tokens).toEqual([{ id: t.staffToken.slice(3, 15), name: '窗口 5 李明', createdAt: '2026-09-30T02:00:00.000Z', expiresAt: '2026-10-30T02:00:00.000Z' }])
    expect(JSON.stringify(tokens)).not.toContain(t.staffToken.split('.')[1])
  })

  it("revokes another person's token at once, writes who did it to the audit log, and that token opens nothing after", async () => {
    const other = await issueStaffToken(t.deps.feedback, '窗口 9 王芳', t.state.now, 90, 'cli')
    expect((await t.send('GET', '/api/staff/me', undefined, other.token)).status).toBe(200)
    expect((await t.asStaff('DELETE', `/api/staff/tokens/${other.stored.id}`)).status).toBe(204)
    const refused = await t.send('GET', '/api/staff/me', undefined, other.token)
    expect(refused.status).toBe(401)
    expect((await json(refused)).error.code).toBe('unauthorized')
    expect((await t.asStaff('DELETE', `/api/staff/tokens/${other.stored.id}`)).status).toBe(404)
    const audit = (await (await t.asStaff('GET', '/api/staff/audit?format=jsonl')).text()).trim().split('\n').map((l) => JSON.parse(l))
    expect(audit.find((e) => e.action === 'staff-token.revoked')).toMatchObject({ actor: 'staff:窗口 5 李明', subject: `staff-token:${other.stored.id}` })
  })

  it('replaces a person\'s earlier token when a new one is made for them, so a lost token stops working', async () => {
    const first = await issueStaffToken(t.deps.feedback, '窗口 9 王芳', t.state.now, 90, 'cli')
    const second = await issueStaffToken(t.deps.feedback, '窗口 9 王芳', t.state.now, 90, 'cli')
    expect(second.replaced.map((r) => r.id)).toEqual([first.stored.id])
    expect((await t.send('GET', '/api/staff/me', undefined, first.token)).status).toBe(401)
    expect((await t.send('GET', '/api/staff/me', undefined, second.token)).status).toBe(200)
  })
})
