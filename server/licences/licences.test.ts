import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { shippedFoodLicenceData, signedInServer, type SignedInServer } from '../../test/support/signed-in-server.ts'
import { formatApplicationNumber } from '../drafts/application-number.ts'
import { issueMissingLicences } from './issue-missing.ts'

// The fully wired server on the shipped content: the food business licence issues 食品经营许可证 at 办结.
let server: SignedInServer
let cookie: string
let licenceId: string
let number: string
beforeAll(async () => {
  server = await signedInServer()
  ;({ cookie } = await server.signIn('demo-li-min'))
  const draft = await server.json('POST', '/api/drafts', { cookie }, { formId: 'food-business-licence', data: shippedFoodLicenceData() })
  number = (await server.json('POST', `/api/drafts/${draft.body.token}/submit`, { cookie }, {})).body.application.number
}, 60_000) // starts a server and an identity provider, signs in and submits
afterAll(() => server?.close())

const staffMove = (status: string) => server.json('POST', `/api/staff/applications/${number}/status`, { staff: true }, { status })
const b64 = (o: unknown) => Buffer.from(JSON.stringify(o)).toString('base64url')

describe('electronic licences', () => {
  it('issues the licence when staff finish (办结) the application, and names it in the answer', async () => {
    expect((await staffMove('accepted')).status).toBe(200)
    const done = await staffMove('completed')
    expect(done.status).toBe(200)
    expect(done.body.licence.verifyUrl).toBe(`http://lobby.test/verify/${done.body.licence.id}`)
    licenceId = done.body.licence.id
    const log = (await server.json('GET', '/api/staff/audit?format=jsonl', { staff: true })).body as string
    const issued = log.split('\n').filter(Boolean).map((l) => JSON.parse(l)).find((e) => e.action === 'licence.issued')
    expect(issued).toMatchObject({ actor: 'staff:窗口 7 陈静', subject: `licence:${licenceId}`, after: { type: 'food-business-licence', application: number } })
  })

  it('shows the licence in 我的办件 with what it shows, valid for 5 years, current', async () => {
    const mine = await server.json('GET', '/api/me/licences', { cookie })
    expect(mine.body.licences).toHaveLength(1)
    const licence = mine.body.licences[0]
    expect(licence).toMatchObject({ id: licenceId, type: 'food-business-licence', name: { zh: '食品经营许可证' }, status: 'current', revokedAt: null })
    expect(licence.lines.map((l: { label: { zh: string } }) => l.label.zh)).toEqual(['经营者名称', '统一社会信用代码', '法定代表人（负责人）', '经营场所', '主体业态'])
    expect(licence.lines[0].value).toBe('江川市新城区好味道餐饮店')
    expect(licence.lines[4].value).toMatchObject({ zh: expect.any(String), en: expect.any(String) })
    expect(new Date(licence.validUntil).getUTCFullYear() - new Date(licence.issuedAt).getUTCFullYear()).toBe(5)
  })

  it('lets anyone check it without signing in, seeing no more than the licence shows', async () => {
    const checked = await server.json('GET', `/api/licences/${licenceId}`)
    expect(checked.status).toBe(200)
    expect(checked.body.status).toBe('current')
    expect(checked.res.headers.get('cache-control')).toBe('no-store')
    const text = JSON.stringify(checked.body)
    for (const hidden of [shippedFoodLicenceData()['legal-representative-id'] as string, shippedFoodLicenceData()['contact-phone'] as string, number, '李红']) expect(text).not.toContain(hidden)
    expect((await server.json('GET', '/api/licences/00000000-0000-4000-8000-000000000000')).body.error.code).toBe('licence_not_found')
    const qr = await server.site(`/api/licences/${licenceId}/qr.svg`)
    expect(qr.headers.get('content-type')).toContain('image/svg+xml')
  })

  it('downloads the licence file for its holder only, and the file checks as genuine until its payload is changed', async () => {
    const file = await server.site(`/api/me/licences/${licenceId}/licence.jws`, { headers: { cookie } })
    expect(file.headers.get('content-disposition')).toBe(`attachment; filename="licence-${licenceId}.jws"`)
    const jws = await file.text()
    expect((await server.json('POST', '/api/licences/verify', {}, { jws })).body).toMatchObject({ id: licenceId, status: 'current' })
    const [header, payload, signature] = jws.split('.')
    const claims = JSON.parse(Buffer.from(payload!, 'base64url').toString('utf8'))
    const tampered = `${header}.${b64({ ...claims, lines: claims.lines.map((l: { id: string }) => (l.id === 'operator' ? { ...l, value: '冒名餐饮店' } : l)) })}.${signature}`
    expect((await server.json('POST', '/api/licences/verify', {}, { jws: tampered })).body).toEqual({ status: 'forged' })
    const { cookie: someoneElse } = await server.signIn('demo-wang-fang')
    expect((await server.site(`/api/me/licences/${licenceId}/licence.jws`, { headers: { cookie: someoneElse } })).status).toBe(404)
    expect((await server.json('GET', '/api/me/licences', { cookie: someoneElse })).body.licences).toEqual([])
  })

  it('lets the desk find it by its number, its /verify address or its application number, and says when nothing matches', async () => {
    const find = (reference: string, staff = true) => server.json('GET', `/api/staff/licences?${new URLSearchParams({ find: reference })}`, { staff })
    for (const reference of [licenceId, licenceId.toUpperCase(), `http://lobby.test/verify/${licenceId}`, number, number.toLowerCase()]) {
      expect((await find(reference)).body).toMatchObject({ id: licenceId, status: 'current', lines: expect.arrayContaining([expect.objectContaining({ value: '江川市新城区好味道餐饮店' })]) })
    }
    expect((await find('00000000-0000-4000-8000-000000000000')).body.error.code).toBe('licence_not_found')
    expect((await find(formatApplicationNumber(2026, 999))).body.error).toMatchObject({ code: 'licence_not_found', message: expect.stringContaining('has no electronic licence') })
    expect((await find('好味道')).status).toBe(404)
    expect((await server.json('GET', '/api/staff/licences', { staff: true })).body.error.code).toBe('bad_query')
    expect((await find(licenceId, false)).status).toBe(401)
  })

  it('lets staff revoke it with a reason in the audit log, after which every check says revoked', async () => {
    const revoked = await server.json('POST', `/api/staff/licences/${licenceId}/revoke`, { staff: true }, { reason: '经营场所已搬迁，原许可证注销' })
    expect(revoked.status).toBe(200)
    expect(revoked.body.status).toBe('revoked')
    expect((await server.json('GET', `/api/licences/${licenceId}`)).body).toMatchObject({ status: 'revoked', revokedAt: expect.any(String) })
    expect((await server.json('GET', '/api/me/licences', { cookie })).body.licences[0].status).toBe('revoked')
    const log = (await server.json('GET', '/api/staff/audit?format=jsonl', { staff: true })).body as string
    expect(log).toContain('经营场所已搬迁，原许可证注销')
    expect((await server.json('POST', `/api/staff/licences/${licenceId}/revoke`, { staff: true }, { reason: '再次注销' })).body.error.code).toBe('licence_revoked')
    expect((await server.json('POST', `/api/staff/licences/${licenceId}/revoke`, {}, { reason: '无权注销' })).status).toBe(401)
  })
})

describe('a finished application left without its licence', () => {
  it('gets it from the start-up check, dated at its 办结 and audited, and only once', async () => {
    const { cookie: own } = await server.signIn('demo-zhang-wei')
    const draft = await server.json('POST', '/api/drafts', { cookie: own }, { formId: 'food-business-licence', data: shippedFoodLicenceData() })
    const left = (await server.json('POST', `/api/drafts/${draft.body.token}/submit`, { cookie: own }, {})).body.application.number as string
    expect((await server.json('POST', `/api/staff/applications/${left}/status`, { staff: true }, { status: 'accepted' })).status).toBe(200)
    // What the code before issuing joined 办结's transaction left after a crash between the two: finished, no licence.
    const { repo } = server.services.stores
    const application = (await repo.findApplicationByNumber(left))!
    const finishedAt = new Date('2026-12-01T02:00:00.000Z')
    const audit = { at: finishedAt, actor: 'staff:窗口 7 陈静', action: 'application.status-changed', subject: `application:${left}`, before: { status: 'accepted' }, after: { status: 'completed' } }
    await repo.changeStatus({ applicationId: application.id, from: 'accepted', entry: { at: finishedAt, actor: 'staff:窗口 7 陈静', status: 'completed', note: null }, audit })
    expect((await server.json('GET', '/api/me/licences', { cookie: own })).body.licences).toEqual([])

    const deps = { drafts: server.services.drafts, catalogue: server.catalogue, clock: () => new Date(), licences: server.services.licences }
    expect(await issueMissingLicences(deps)).toBe(1)
    expect(await issueMissingLicences(deps)).toBe(0)
    const mine = (await server.json('GET', '/api/me/licences', { cookie: own })).body.licences
    expect(mine).toHaveLength(1)
    expect(mine[0]).toMatchObject({ type: 'food-business-licence', status: 'current', issuedAt: finishedAt.toISOString() })
    const log = ((await server.json('GET', '/api/staff/audit?format=jsonl', { staff: true })).body as string).split('\n').filter(Boolean).map((l) => JSON.parse(l))
    expect(log.filter((e) => e.action === 'licence.issued' && e.after.application === left)).toMatchObject([{ actor: 'system:licence-check', subject: `licence:${mine[0].id}` }])
  })
})
