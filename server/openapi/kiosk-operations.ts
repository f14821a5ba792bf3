import { z } from 'zod'
import { kioskPapers } from '../kiosk/settings.ts'
import { CreateHandoffBody } from '../routes/handoff.ts'
import type { KioskConfig } from '../routes/kiosk.ts'
import { answering } from './answering.ts'
import type { Operation } from './operations.ts'

const KioskConfigSchema = answering<KioskConfig>()(
  z.object({
    idleSeconds: z.number().int(),
    warningSeconds: z.number().int(),
    paper: z.enum(kioskPapers),
    reloadHours: z.number(),
    handoffTtlMinutes: z.number().int(),
  }),
)

const Handoff = z.object({
  code: z.string().describe('6 characters, shown under the QR code'),
  url: z.string().describe('the phone\'s link, PUBLIC_ORIGIN/h/<code>'),
  revokeKey: z.string().describe('the kiosk\'s key to cancel the code (DELETE with Authorization: Bearer <revokeKey>); keep it, never show it'),
  expiresAt: z.string(),
})
const HandoffTarget = z.object({
  kind: z.enum(['draft', 'result']),
  continueTo: z.string().describe('where the phone goes: /resume/<token>, or /situations/<id>?a=<answers>'),
  expiresAt: z.string(),
})

const code = [{ name: 'code', description: 'the hand-off code, as typed or scanned' }]
const noHandoff = 'handoff_not_found: no hand-off has this code'

/** /api/handoffs (server/routes/handoff.ts) and /api/kiosk (server/routes/kiosk.ts). */
export const kioskOperations: Operation[] = [
  { method: 'post', path: '/api/handoffs', operationId: 'createHandoff', tag: 'kiosk', summary: 'A short code that moves a draft or a journey result from the kiosk to a phone', body: { name: 'CreateHandoffBody', schema: CreateHandoffBody }, response: { status: 201, name: 'Handoff', schema: Handoff, description: 'The code, the phone\'s link, the revoke key and the expiry' }, errors: { 404: 'draft_not_found: no draft has this token', 410: 'draft_expired: the draft expired', 429: 'too_many_attempts: too many codes made from this connection' } },
  { method: 'get', path: '/api/handoffs/{code}', operationId: 'followHandoff', tag: 'kiosk', summary: 'Where the phone continues', pathParams: code, response: { name: 'HandoffTarget', schema: HandoffTarget, description: 'The page to open on the phone' }, errors: { 404: noHandoff, 410: 'handoff_revoked, handoff_expired, handoff_target_gone: the code can no longer be used', 429: 'too_many_attempts: too many codes tried from this connection' } },
  { method: 'delete', path: '/api/handoffs/{code}', operationId: 'revokeHandoff', tag: 'kiosk', summary: 'Cancel a code when the kiosk\'s visitor leaves, with the revoke key it was given', pathParams: code, bearer: 'revokeKey', response: { status: 204, description: 'Revoked' }, errors: { 403: 'handoff_key_mismatch: no revoke key, or not this code\'s', 404: noHandoff, 429: 'too_many_attempts: too many codes tried from this connection' } },
  { method: 'get', path: '/api/kiosk/config', operationId: 'getKioskConfig', tag: 'kiosk', summary: 'The timers and paper the kiosk page runs with', response: { name: 'KioskConfig', schema: KioskConfigSchema, description: 'The kiosk settings' } },
  { method: 'post', path: '/api/kiosk/reset', operationId: 'resetKiosk', tag: 'kiosk', summary: 'Clear the browser between two visitors', response: { status: 204, description: 'Cleared', headers: { 'Clear-Site-Data': '"cache", "cookies", "storage"' } } },
]
