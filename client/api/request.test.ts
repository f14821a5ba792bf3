import { afterEach, describe, expect, it, vi } from 'vitest'
import { ApiFailure } from './api-failure.ts'
import { draftsApi } from './drafts.ts'
import { feedbackApi } from './feedback.ts'
import { kioskApi } from '../kiosk/kiosk-api.ts'

afterEach(() => vi.unstubAllGlobals())

const json = (status: number, body: unknown) => new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } })
const answer = (response: Response) => vi.stubGlobal('fetch', vi.fn().mockResolvedValue(response))
const save = { data: { 'operator-name': '江川市新城区好味道餐饮店' }, position: 'operator', revision: 3, formVersion: 2 }

describe('the client API', () => {
  it('gives the page the saved draft with its id', async () => {
    answer(json(200, { id: 'd-1', revision: 4, expiresAt: '2026-12-25T02:00:00.000Z', updatedAt: '2026-11-25T02:00:00.000Z' }))
    expect(await draftsApi.save('token', save)).toEqual({ kind: 'saved', id: 'd-1', revision: 4, expiresAt: '2026-12-25T02:00:00.000Z', updatedAt: '2026-11-25T02:00:00.000Z' })
  })

  it('gives the page the newer draft from a conflict\'s details, to show beside the citizen\'s changes', async () => {
    const current = { data: { 'operator-name': '好味道餐饮店（分店）' }, position: 'premises', updatedAt: '2026-11-25T02:05:00.000Z' }
    answer(json(409, { error: { code: 'draft_conflict', message: 'This draft was saved from somewhere else since you opened it.', details: { currentRevision: 5, current } } }))
    expect(await draftsApi.save('token', save)).toEqual({ kind: 'conflict', newer: { revision: 5, ...current } })
  })

  it('lists the fields that need attention from a refused submit', async () => {
    const problems = [{ pointer: '/contact-phone', field: 'contact-phone', code: 'required', message: { zh: '请填写联系电话', en: 'Enter a contact phone number' } }]
    answer(json(422, { error: { code: 'invalid_fields', message: '1 field needs attention before this can be submitted.', details: { problems } } }))
    expect(await draftsApi.submit('token', 3)).toEqual({ kind: 'invalid', problems })
  })

  it('tells how long to wait after too many attempts, on every service', async () => {
    const tooMany = () => json(429, { error: { code: 'too_many_attempts', message: 'Too many attempts from this connection. Wait 42 seconds and try again.', details: { retryAfterSeconds: 42 } } })
    answer(tooMany())
    expect(await draftsApi.lookup('JC-2026-000001-4', '1234')).toEqual({ kind: 'too-many', retryAfterSeconds: 42 })
    answer(tooMany())
    expect(await feedbackApi.lookup('TS-2026-22222222', 'pass')).toMatchObject({ ok: false, status: 429, code: 'too_many_attempts', retryAfterSeconds: 42 })
    answer(tooMany())
    const failure = await kioskApi.resolveHandoff('K7P2QX').catch((e: unknown) => e)
    expect(failure).toBeInstanceOf(ApiFailure)
    expect(failure).toMatchObject({ status: 429, code: 'too_many_attempts', details: { retryAfterSeconds: 42 } })
  })

  it('says the server could not be reached when the network fails, with status 0', async () => {
    vi.stubGlobal('fetch', vi.fn().mockRejectedValue(new TypeError('Failed to fetch')))
    await expect(draftsApi.get('token')).rejects.toMatchObject({ status: 0, code: 'network', message: 'The server could not be reached.' })
    await expect(kioskApi.config()).rejects.toMatchObject({ status: 0, code: 'network' })
  })
})
