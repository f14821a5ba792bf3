import type { MiddlewareHandler } from 'hono'
import { ApiError } from '../http/api-error.ts'
import type { FeedbackRepository } from '../store/feedback-repository.ts'
import { secretMatches, splitStaffToken } from './staff-token.ts'

export type StaffVariables = { staff: { id: string; name: string } }

const unauthorized = () =>
  new ApiError(401, 'unauthorized', 'Sign in with a valid staff token.', undefined, { 'WWW-Authenticate': 'Bearer realm="staff"' })

/**
 * Lets a request through only with `Authorization: Bearer <staff token>` that exists, matches, and has
 * neither expired nor been revoked. Every refusal is the same 401, checked before anything else, so an outsider learns
 * nothing about which tickets or applications exist.
 */
export function requireStaff(repo: Pick<FeedbackRepository, 'findStaffToken'>, clock: () => Date): MiddlewareHandler<{ Variables: StaffVariables }> {
  return async (c, next) => {
    const header = c.req.header('authorization') ?? ''
    const parts = splitStaffToken(header.replace(/^Bearer\s+/i, '').trim())
    if (!/^Bearer\s+/i.test(header) || !parts) throw unauthorized()
    const stored = await repo.findStaffToken(parts.id)
    if (!stored || !secretMatches(parts.secret, stored) || stored.revokedAt !== null || stored.expiresAt <= clock()) throw unauthorized()
    c.set('staff', { id: stored.id, name: stored.name })
    c.header('Cache-Control', 'no-store')
    await next()
  }
}
