import type { AuditEntry, FeedbackRepository, StaffToken } from '../store/feedback-repository.ts'
import { newStaffToken, staffTokenCreated } from './staff-token.ts'

/** A live token as listed: who and until when, never its secret or hash. */
export type StaffTokenView = { id: string; name: string; createdAt: string; expiresAt: string }

export function tokenView(t: StaffToken): StaffTokenView {
  return { id: t.id, name: t.name, createdAt: t.createdAt.toISOString(), expiresAt: t.expiresAt.toISOString() }
}

function revokedEntry(id: string, at: Date, actor: string, reason: string): AuditEntry {
  return { at, actor, action: 'staff-token.revoked', subject: `staff-token:${id}`, before: { revoked: false }, after: { revoked: true, reason } }
}

/**
 * Makes a token for a staff member and revokes their earlier live tokens (audited), so a person has
 * one token at a time: a replacement for a lost token shuts the lost one out.
 *
 * @example const { token, replaced } = await issueStaffToken(repo, '窗口 5 李明', new Date(), 90, 'cli')
 */
export async function issueStaffToken(repo: FeedbackRepository, name: string, now: Date, validDays: number, actor: string) {
  const earlier = (await repo.liveStaffTokens(now)).filter((t) => t.name === name)
  const { token, stored } = newStaffToken(name, now, validDays)
  await repo.insertStaffToken(stored, staffTokenCreated(stored, actor))
  for (const t of earlier) await repo.revokeStaffToken(t.id, now, revokedEntry(t.id, now, actor, `replaced by ${stored.id}`))
  return { token, stored, replaced: earlier.map(tokenView) }
}

/** Revokes one token; false if no live token has this id. */
export async function revokeStaffToken(repo: FeedbackRepository, id: string, now: Date, actor: string): Promise<boolean> {
  return repo.revokeStaffToken(id, now, revokedEntry(id, now, actor, 'revoked'))
}
