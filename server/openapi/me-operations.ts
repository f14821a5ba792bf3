import { z } from 'zod'
import { AdoptBody } from '../routes/me.ts'
import { MeAnswer, MyApplications } from './api-schemas.ts'
import type { Operation } from './operations.ts'

const signIn = { 401: 'sign_in_required: no citizen is signed in' }

/** /api/me (server/routes/me.ts): the signed-in citizen's own applications and drafts. */
export const meOperations: Operation[] = [
  { method: 'get', path: '/api/me', operationId: 'getMe', tag: 'citizens', summary: 'Who is signed in (the session cookie), and whether signing in is offered', response: { name: 'MeAnswer', schema: MeAnswer, description: 'The citizen, or null' } },
  { method: 'get', path: '/api/me/applications', operationId: 'getMyApplications', tag: 'citizens', summary: '我的办件: the citizen\'s applications with their status history, and their live drafts, on any device', response: { name: 'MyApplications', schema: MyApplications, description: 'Newest first' }, errors: signIn },
  { method: 'post', path: '/api/me/adopt', operationId: 'adoptDrafts', tag: 'citizens', summary: 'Make drafts started anonymously in this browser the citizen\'s (they stay resumable by their code)', body: { name: 'AdoptBody', schema: AdoptBody }, response: { name: 'Adopted', schema: z.object({ adopted: z.number().int() }), description: 'How many of the drafts are now the citizen\'s' }, errors: signIn },
]
