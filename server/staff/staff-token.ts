import { createHash, randomBytes, timingSafeEqual } from 'node:crypto'
import type { AuditEntry, StaffToken } from '../store/feedback-repository.ts'

/**
 * A staff token is `st_<id>.<secret>`: the id finds the row, the secret is checked against its SHA-256
 * in constant time. Only the hash is stored, so a copy of the database lets nobody in.
 */
export function newStaffToken(name: string, now: Date, validDays: number): { token: string; stored: StaffToken } {
  const id = randomBytes(6).toString('hex')
  const secret = randomBytes(24).toString('base64url')
  return {
    token: `st_${id}.${secret}`,
    stored: { id, name, tokenHash: sha256(secret), createdAt: now, expiresAt: new Date(now.getTime() + validDays * 86_400_000), revokedAt: null },
  }
}

/** The audit entry of a new token: who it is for and until when, never the secret or its hash. */
export function staffTokenCreated(stored: StaffToken, actor: string): AuditEntry {
  return { at: stored.createdAt, actor, action: 'staff-token.created', subject: `staff-token:${stored.id}`, before: null, after: { name: stored.name, expiresAt: stored.expiresAt.toISOString() } }
}

export function sha256(value: string): string {
  return createHash('sha256').update(value, 'utf8').digest('hex')
}

/** The id and secret of a presented token, or null when it is not shaped like one. */
export function splitStaffToken(token: string): { id: string; secret: string } | null {
  const m = /^st_([0-9a-f]{12})\.([A-Za-z0-9_-]{32})$/.exec(token)
  return m ? { id: m[1]!, secret: m[2]! } : null
}

/** Whether the secret matches the stored hash; constant time whatever the secret. */
export function secretMatches(secret: string, stored: StaffToken): boolean {
  const given = Buffer.from(sha256(secret), 'hex')
  const expected = Buffer.from(stored.tokenHash, 'hex')
  return given.length === expected.length && timingSafeEqual(given, expected)
}
