import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Matter } from '../../core/content/matter.ts'
import { validateForm } from '../../core/forms/validate-form.ts'
import { shippedFoodLicenceData, signedInServer, type SignedInServer } from '../../test/support/signed-in-server.ts'

// The shipped content with the levels swapped: the food business licence needs level 3 (实人核验) to submit
// online, and company establishment (level 3 as shipped) names none.
let server: SignedInServer
beforeAll(async () => {
  const online = (m: Matter, trustLevel?: number) => {
    const { trustLevel: _shipped, ...rest } = m.online
    return { ...m, online: trustLevel ? { ...rest, trustLevel } : rest }
  }
  server = await signedInServer({
    edit: (c) => ({ ...c, matters: c.matters.map((m) => (m.id === 'food-business-licence' ? online(m, 3) : m.id === 'company-establishment' ? online(m) : m)) }),
  })
}, 60_000) // starts a server and an identity provider
afterAll(() => server?.close())

const startDraft = async (cookie?: string) => {
  const created = await server.json('POST', '/api/drafts', { cookie }, { formId: 'food-business-licence', data: shippedFoodLicenceData() })
  expect(created.status).toBe(201)
  return created.body.token as string
}

describe('a matter that needs a trust level to submit online', () => {
  it('uses a complete application, so only the level can refuse it', () => {
    expect(validateForm(server.catalogue.forms.find((f) => f.id === 'food-business-licence')!, shippedFoodLicenceData() as never)).toEqual([])
  })

  it('says on the draft, before anything is typed, which level submitting needs and which windows take it instead', async () => {
    const created = await server.json('POST', '/api/drafts', {}, { formId: 'food-business-licence' })
    expect(created.body.submitLevel).toEqual({ level: 3, windows: [7, 8] })
    expect((await server.json('GET', `/api/drafts/${created.body.token}`)).body.submitLevel).toEqual({ level: 3, windows: [7, 8] })
    expect((await server.json('POST', '/api/drafts', {}, { formId: 'company-establishment' })).body).not.toHaveProperty('submitLevel')
  })

  it('refuses an anonymous citizen with a code, the level needed and the windows that take it in person, and keeps the draft', async () => {
    const token = await startDraft()
    const refused = await server.json('POST', `/api/drafts/${token}/submit`, {}, {})
    expect(refused.status).toBe(403)
    expect(refused.body.error).toMatchObject({ code: 'trust_level_required', details: { requiredLevel: 3, currentLevel: null, windows: [7, 8] } })
    expect(refused.body.error.message).toMatch(/You are not signed in\. Sign in at level 3 or higher .* or bring your application to window 7 or 8\. Your draft is kept\./)
    expect((await server.json('GET', `/api/drafts/${token}`)).status).toBe(200)
  })

  it('refuses a citizen signed in at level 2, saying which level they hold', async () => {
    const { cookie } = await server.signIn('demo-wang-fang')
    const token = await startDraft(cookie)
    const refused = await server.json('POST', `/api/drafts/${token}/submit`, { cookie }, {})
    expect(refused.status).toBe(403)
    expect(refused.body.error.details).toEqual({ requiredLevel: 3, currentLevel: 2, windows: [7, 8] })
    expect(refused.body.error.message).toContain('You signed in at level 2.')
  })

  it('takes the same draft once its citizen signs in at level 3, and lists it in 我的办件', async () => {
    const token = await startDraft()
    expect((await server.json('POST', `/api/drafts/${token}/submit`, {}, {})).status).toBe(403)
    const { cookie } = await server.signIn('demo-li-min', `/resume/${token}`)
    const submitted = await server.json('POST', `/api/drafts/${token}/submit`, { cookie }, {})
    expect(submitted.status).toBe(201)
    const mine = await server.json('GET', '/api/me/applications', { cookie })
    expect(mine.body.applications.map((a: { number: string }) => a.number)).toContain(submitted.body.application.number)
  })

  it('takes a level 4 citizen, and lets anyone submit a matter that names no level', async () => {
    const { cookie } = await server.signIn('demo-zhang-wei')
    expect((await server.json('POST', `/api/drafts/${await startDraft(cookie)}/submit`, { cookie }, {})).status).toBe(201)
    const company = await server.json('POST', '/api/drafts', {}, { formId: 'company-establishment', data: {} })
    const submit = await server.json('POST', `/api/drafts/${company.body.token}/submit`, {}, {})
    expect(submit.body.error.code).toBe('invalid_fields')
  })
})
