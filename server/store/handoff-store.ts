/**
 * A phone hand-off as stored. The code is kept only as a keyed hash, and the target (a draft token or
 * a journey's answers) sealed, so a copy of the table reveals neither what to type nor where it leads.
 */
export type StoredHandoff = {
  codeHash: string
  kind: 'draft' | 'result'
  targetSealed: string
  createdAt: Date
  expiresAt: Date
  revokedAt: Date | null
}

/** A row of the `handoffs` table as either driver returns it (times as epoch milliseconds or Date). */
export function toHandoff(row: Record<string, unknown>): StoredHandoff {
  return {
    codeHash: row.code_hash as string,
    kind: row.kind === 'draft' ? 'draft' : 'result',
    targetSealed: row.target_sealed as string,
    createdAt: new Date(row.created_at as number | Date),
    expiresAt: new Date(row.expires_at as number | Date),
    revokedAt: row.revoked_at === null || row.revoked_at === undefined ? null : new Date(row.revoked_at as number | Date),
  }
}

/**
 * Where hand-offs live: beside the drafts, in SQLite (handoff-sqlite.ts) or PostgreSQL
 * (handoff-postgres.ts), so that a code made on one server instance opens on another. handoff-store.contract.ts holds both to it.
 */
export interface HandoffStore {
  readonly kind: 'sqlite' | 'postgres'
  /** 'duplicate_code' when the code hash is taken (the caller draws another code). */
  insert(handoff: StoredHandoff): Promise<'ok' | 'duplicate_code'>
  find(codeHash: string): Promise<StoredHandoff | null>
  /** Marks a hand-off revoked (kept until it expires, so a late scan hears "revoked"). False if unknown. */
  revoke(codeHash: string, at: Date): Promise<boolean>
  /** Deletes hand-offs whose expiry is at or before `now`; returns how many. */
  deleteExpired(now: Date): Promise<number>
}

/** What each look-up answers when its key is text no store keeps: nothing found (see refuse-unstorable.ts). */
export const handoffLookups = { find: null, revoke: false } satisfies Partial<Record<keyof HandoffStore, unknown>>
