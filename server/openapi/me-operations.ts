import { z } from 'zod'
import { Text } from '../../core/content/text.ts'
import { Citizen } from '../../core/identity/citizen.ts'
import { AdoptBody } from '../routes/me.ts'
import { ApplicationProgressSchema } from './draft-operations.ts'
import type { Operation } from './operations.ts'

const isoTime = z.string().describe('an ISO 8601 time, e.g. 2026-11-25T02:00:00.000Z')

export const MeAnswer = z.object({
  signInAvailable: z.boolean().describe('false when the site has no identity service (OIDC_ISSUER unset): anonymous only'),
  citizen: Citizen.nullable().describe('who is signed in, or null'),
  expiresAt: isoTime.nullable().describe('when the sign-in ends unless used again'),
})

export const MyApplications = z.object({
  applications: z.array(ApplicationProgressSchema.extend({ ratingKey: z.string().describe('lets the citizen rate the application (好差评)') })),
  drafts: z.array(z.object({
    token: z.string().describe('opens the draft: /resume/<token>'), resumeCode: z.string(), formId: z.string(), title: Text, updatedAt: isoTime, expiresAt: isoTime,
  })),
})

const signIn = { 401: 'sign_in_required: no citizen is signed in' }

/** /api/me (server/routes/me.ts): the signed-in citizen's own applications and drafts. */
export const meOperations: Operation[] = [
  { method: 'get', path: '/api/me', operationId: 'getMe', tag: 'citizens', summary: 'Who is signed in (the session cookie), and whether signing in is offered', response: { name: 'MeAnswer', schema: MeAnswer, description: 'The citizen, or null' } },
  { method: 'get', path: '/api/me/applications', operationId: 'getMyApplications', tag: 'citizens', summary: '我的办件: the citizen\'s applications with their status history, and their live drafts, on any device', response: { name: 'MyApplications', schema: MyApplications, description: 'Newest first' }, errors: signIn },
  { method: 'post', path: '/api/me/adopt', operationId: 'adoptDrafts', tag: 'citizens', summary: 'Make drafts started anonymously in this browser the citizen\'s (they stay resumable by their code)', body: { name: 'AdoptBody', schema: AdoptBody }, response: { name: 'Adopted', schema: z.object({ adopted: z.number().int() }), description: 'How many of the drafts are now the citizen\'s' }, errors: signIn },
]
