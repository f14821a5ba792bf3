import { Handoff, HandoffTarget, KioskConfig } from '../../core/api/kiosk.ts'
import { CreateHandoffBody } from '../routes/handoff.ts'
import type { Operation } from './operations.ts'

const code = [{ name: 'code', description: 'the hand-off code, as typed or scanned' }]
const noHandoff = 'handoff_not_found: no hand-off has this code'

/** /api/handoffs (server/routes/handoff.ts) and /api/kiosk (server/routes/kiosk.ts). */
export const kioskOperations: Operation[] = [
  { method: 'post', path: '/api/handoffs', operationId: 'createHandoff', tag: 'kiosk', summary: 'A short code that moves a draft or a journey result from the kiosk to a phone', body: { name: 'CreateHandoffBody', schema: CreateHandoffBody }, response: { status: 201, name: 'Handoff', schema: Handoff, description: 'The code, the phone\'s link, the revoke key and the expiry' }, errors: { 404: 'draft_not_found: no draft has this token', 410: 'draft_expired: the draft expired', 429: 'too_many_attempts: too many codes made from this connection' } },
  { method: 'get', path: '/api/handoffs/{code}', operationId: 'followHandoff', tag: 'kiosk', summary: 'Where the phone continues', pathParams: code, response: { name: 'HandoffTarget', schema: HandoffTarget, description: 'The page to open on the phone' }, errors: { 404: noHandoff, 410: 'handoff_revoked, handoff_expired, handoff_target_gone: the code can no longer be used', 429: 'too_many_attempts: too many codes tried from this connection' } },
  { method: 'delete', path: '/api/handoffs/{code}', operationId: 'revokeHandoff', tag: 'kiosk', summary: 'Cancel a code when the kiosk\'s visitor leaves, with the revoke key it was given', pathParams: code, bearer: 'revokeKey', response: { status: 204, description: 'Revoked' }, errors: { 403: 'handoff_key_mismatch: no revoke key, or not this code\'s', 404: noHandoff, 429: 'too_many_attempts: too many codes tried from this connection' } },
  { method: 'get', path: '/api/kiosk/config', operationId: 'getKioskConfig', tag: 'kiosk', summary: 'The timers and paper the kiosk page runs with', response: { name: 'KioskConfig', schema: KioskConfig, description: 'The kiosk settings' } },
  { method: 'post', path: '/api/kiosk/reset', operationId: 'resetKiosk', tag: 'kiosk', summary: 'Clear the browser between two visitors', response: { status: 204, description: 'Cleared', headers: { 'Clear-Site-Data': '"cache", "cookies", "storage"' } } },
]
