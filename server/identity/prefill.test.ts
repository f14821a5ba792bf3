import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { FormDefinition } from '../../core/content/form.ts'
import { filledShare, knownPrefill } from '../../core/forms/known-prefill.ts'
import { validCompanyData } from '../../client/forms/test-drafts.ts'
import { shippedFoodLicenceData, signedInServer, type SignedInServer } from '../../test/support/signed-in-server.ts'
import { demoCitizens } from './demo-citizens.ts'

// The shipped content, except that the food business licence does not let the applicant change the
// verified name, ID number and phone (the shipped matters allow it: one may apply for a business).
let server: SignedInServer
beforeAll(async () => {
  server = await signedInServer({
    edit: (c) => ({ ...c, matters: c.matters.map((m) => (m.id === 'food-business-licence' ? { ...m, online: { ...m.online, identityEditable: false } } : m)) }),
  })
}, 60_000) // starts a server and an identity provider
afterAll(() => server?.close())

const liMin = demoCitizens.find((c) => c.id === 'demo-li-min')!
const newDraft = async (cookie: string | undefined, formId = 'food-business-licence', data = {}) =>
  (await server.json('POST', '/api/drafts', { cookie }, { formId, data })).body

describe('forms filled from what is known', () => {
  it('fills the verified name, ID number and phone for a signed-in citizen, marked and locked where the matter says so', async () => {
    const { cookie } = await server.signIn('demo-li-min')
    const draft = await newDraft(cookie)
    expect(draft.data).toMatchObject({ 'legal-representative': liMin.name, 'legal-representative-id': liMin.idCard, 'contact-phone': liMin.phone })
    expect(draft.prefilled).toEqual([
      { field: 'legal-representative', source: 'identity', locked: true },
      { field: 'legal-representative-id', source: 'identity', locked: true },
      { field: 'contact-phone', source: 'identity', locked: true },
    ])
    expect((await server.json('GET', `/api/drafts/${draft.token}`, { cookie })).body.prefilled).toEqual(draft.prefilled)
    expect((await newDraft(undefined)).prefilled).toBeUndefined()
  })

  it('refuses a submission that changed a locked verified value, naming the field', async () => {
    const { cookie } = await server.signIn('demo-li-min')
    const draft = await newDraft(cookie)
    const changed = { ...shippedFoodLicenceData(), 'legal-representative': liMin.name, 'legal-representative-id': liMin.idCard, 'contact-phone': '13912345678' }
    expect((await server.json('PUT', `/api/drafts/${draft.token}`, { cookie }, { revision: draft.revision, data: changed })).status).toBe(200)
    const refused = await server.json('POST', `/api/drafts/${draft.token}/submit`, { cookie }, {})
    expect(refused.status).toBe(422)
    expect(refused.body.error.details.problems).toEqual([expect.objectContaining({ field: 'contact-phone', code: 'identity_locked' })])
    expect(refused.body.error.details.problems[0].message.zh).toContain('来自您的实名认证信息')
  })

  it('fills the other answers from the citizen\'s own earlier application, marked as such and changeable', async () => {
    const { cookie } = await server.signIn('demo-zhang-wei')
    const zhang = demoCitizens.find((c) => c.id === 'demo-zhang-wei')!
    const first = await newDraft(cookie, 'food-business-licence', { ...shippedFoodLicenceData(), 'legal-representative': zhang.name, 'legal-representative-id': zhang.idCard, 'contact-phone': zhang.phone })
    expect((await server.json('POST', `/api/drafts/${first.token}/submit`, { cookie }, {})).status).toBe(201)
    const next = await newDraft(cookie)
    expect(next.data).toMatchObject({ 'operator-name': '江川市新城区好味道餐饮店', uscc: '91350100M000100Y43', 'premises-address': '江川市新城区市民大道 88 号 1 楼' })
    expect(next.prefilled).toContainEqual({ field: 'operator-name', source: 'earlier', locked: false })
    const { cookie: other } = await server.signIn('demo-wang-fang')
    expect((await newDraft(other)).data['operator-name']).toBeUndefined()
  })
})

describe('the share of each shipped form filled for a signed-in citizen with one earlier application', () => {
  const person = { kind: 'person' as const, name: liMin.name, idNumber: liMin.idCard, phone: liMin.phone, trustLevel: 3 as const }
  const shares = () => {
    const form = (id: string) => FormDefinition.parse(server.catalogue.forms.find((f) => f.id === id))
    return {
      'food-business-licence': filledShare(form('food-business-licence'), knownPrefill(form('food-business-licence'), person, [shippedFoodLicenceData() as never])),
      'company-establishment': filledShare(form('company-establishment'), knownPrefill(form('company-establishment'), person, [validCompanyData()])),
      firstTime: filledShare(form('food-business-licence'), knownPrefill(form('food-business-licence'), person, [])),
    }
  }

  it('fills most of each form, and the verified identity alone on a first application', () => {
    const s = shares()
    console.info(`prefill shares: ${Object.entries(s).map(([k, v]) => `${k} ${(v * 100).toFixed(0)}%`).join(', ')}`)
    expect(s['food-business-licence']).toBeGreaterThan(0.6)
    expect(s['company-establishment']).toBeGreaterThan(0.5)
    expect(s.firstTime).toBeCloseTo(3 / 18, 5) // the name, ID number and phone of 18 fields
  })
})
