import type { StoredApplication, StoredDraft } from './repository.ts'
import type { Row, RowReader } from './row-reader.ts'

/** A signed-in citizen's session. `citizenSealed` is the Citizen as sealed JSON; the cookie holds only the id. */
export type StoredSession = {
  idHash: string
  citizen: string
  citizenSealed: string
  /** The identity service's ID token, sealed: the hint its logout asks for. Null for certificate sign-in. */
  idTokenSealed: string | null
  createdAt: Date
  expiresAt: Date
}

/**
 * Sessions of signed-in citizens and the drafts (and so the applications) that are theirs, with an SQLite
 * adapter (identity-sqlite.ts) and a PostgreSQL one (identity-postgres.ts), held to one contract.
 */
export interface IdentityStore {
  readonly kind: 'sqlite' | 'postgres'
  insertSession(session: StoredSession): Promise<void>
  findSession(idHash: string): Promise<StoredSession | null>
  /** Moves the expiry on (a visit renews a session); false when the session is gone. */
  renewSession(idHash: string, expiresAt: Date): Promise<boolean>
  deleteSession(idHash: string): Promise<boolean>
  deleteExpiredSessions(now: Date): Promise<number>
  /**
   * Makes the drafts with these token hashes the citizen's. A draft another citizen already holds stays
   * theirs. Returns the hashes that are now the citizen's (newly or before).
   */
  adoptDrafts(citizen: string, tokenHashes: string[], at: Date): Promise<string[]>
  /** The citizen's live drafts, newest change first. */
  ownedDrafts(citizen: string): Promise<StoredDraft[]>
  /** Applications made from the citizen's drafts, newest first. */
  ownedApplications(citizen: string): Promise<StoredApplication[]>
}

export const identityLookups = {
  findSession: null, renewSession: false, deleteSession: false, ownedDrafts: [], ownedApplications: [],
} satisfies Partial<Record<keyof IdentityStore, unknown>>

/** A citizen_sessions row, read the same on both drivers. */
export function toSession(r: Row, read: RowReader): StoredSession {
  return {
    idHash: r.id_hash as string, citizen: r.citizen as string, citizenSealed: r.citizen_sealed as string,
    idTokenSealed: (r.id_token_sealed as string | null) ?? null, createdAt: read.time(r.created_at), expiresAt: read.time(r.expires_at),
  }
}
