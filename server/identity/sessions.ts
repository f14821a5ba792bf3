import { randomBytes } from 'node:crypto'
import type { Context, MiddlewareHandler } from 'hono'
import { deleteCookie, getCookie, setCookie } from 'hono/cookie'
import type { CookieOptions } from 'hono/utils/cookie'
import { Citizen } from '../../core/identity/citizen.ts'
import type { PersonalDataCipher } from '../crypto/cipher.ts'
import { ApiError } from '../http/api-error.ts'
import type { IdentityStore } from '../store/identity-store.ts'

/** The signed-in citizen of a request: `citizen` is the keyed hash that owns drafts; `person` is what pages show. */
export type CitizenSession = { idHash: string; citizen: string; person: Citizen; idTokenSealed: string | null; expiresAt: Date }
export type SessionVariables = { session: CitizenSession | null }

export type SessionDeps = { store: IdentityStore; crypto: PersonalDataCipher; clock: () => Date; sessionHours: number }

export const SESSION_COOKIE = 'lobby_session'
const MAX_DAYS = 7
// Renewing costs a write: do it when a tenth of the lifetime has passed, not on every request.
const RENEW_FRACTION = 0.9

/** HttpOnly (no script reads it), Secure, SameSite=Lax (sent on the redirect back from the identity service, never on another site's form or fetch). */
export const cookieOptions = (maxAgeSeconds: number, path = '/'): CookieOptions => ({ httpOnly: true, secure: true, sameSite: 'Lax', path, maxAge: Math.floor(maxAgeSeconds) })

const idHashOf = (deps: SessionDeps, id: string) => deps.crypto.hash('citizen-session', id)

/** The owner key of a citizen: their issuer and subject under the data key, so the database holds no identifier of the provider's. */
export const citizenKey = (deps: Pick<SessionDeps, 'crypto'>, issuer: string, subject: string) => deps.crypto.hash('citizen', `${issuer}\u0000${subject}`)

/** Stores a new session and sets its cookie; the cookie holds 32 random bytes, the database only their keyed hash. */
export async function startSession(deps: SessionDeps, c: Context, citizen: string, person: Citizen, idToken: string | null): Promise<CitizenSession> {
  const id = randomBytes(32).toString('base64url')
  const now = deps.clock()
  const expiresAt = new Date(now.getTime() + deps.sessionHours * 3_600_000)
  const session = { idHash: idHashOf(deps, id), citizen, citizenSealed: deps.crypto.seal(JSON.stringify(person)), idTokenSealed: idToken ? deps.crypto.seal(idToken) : null, createdAt: now, expiresAt }
  await deps.store.insertSession(session)
  setCookie(c, SESSION_COOKIE, id, cookieOptions(deps.sessionHours * 3600))
  return { idHash: session.idHash, citizen, person, idTokenSealed: session.idTokenSealed, expiresAt }
}

/**
 * Sets `session` for every request: the citizen its cookie opens, or null (anonymous, expired, unknown).
 * A request without the cookie costs nothing more than before. A session in use is renewed up to
 * 7 days after sign-in; an unknown or expired cookie is cleared.
 */
export function readSessions(deps: SessionDeps): MiddlewareHandler<{ Variables: SessionVariables }> {
  return async (c, next) => {
    const id = getCookie(c, SESSION_COOKIE)
    c.set('session', id && /^[A-Za-z0-9_-]{43}$/.test(id) ? await openCached(deps, c, id) : null)
    if (id && !c.get('session')) deleteCookie(c, SESSION_COOKIE, { path: '/', secure: true })
    await next()
  }
}

// A session opened in the last second is not read and decrypted again: a page's burst of API calls costs one
// look-up. Signing out here forgets it at once; on another instance of the server it lasts at most a second.
const OPENED_MS = 1000
const opened = new Map<string, { session: CitizenSession; until: number }>()

async function openCached(deps: SessionDeps, c: Context, id: string): Promise<CitizenSession | null> {
  const key = idHashOf(deps, id)
  const hit = opened.get(key)
  if (hit && hit.until > performance.now() && hit.session.expiresAt > deps.clock()) return hit.session
  const session = await open(deps, c, id)
  if (opened.size > 10_000) opened.clear()
  if (session) opened.set(key, { session, until: performance.now() + OPENED_MS })
  else opened.delete(key)
  return session
}

async function open(deps: SessionDeps, c: Context, id: string): Promise<CitizenSession | null> {
  const stored = await deps.store.findSession(idHashOf(deps, id))
  const now = deps.clock()
  if (!stored || stored.expiresAt <= now) return null
  const ttl = deps.sessionHours * 3_600_000
  let expiresAt = stored.expiresAt
  const cap = stored.createdAt.getTime() + MAX_DAYS * 86_400_000
  if (expiresAt.getTime() - now.getTime() < ttl * RENEW_FRACTION && expiresAt.getTime() < cap) {
    expiresAt = new Date(Math.min(now.getTime() + ttl, cap))
    await deps.store.renewSession(stored.idHash, expiresAt)
    setCookie(c, SESSION_COOKIE, id, cookieOptions((expiresAt.getTime() - now.getTime()) / 1000))
  }
  const person = Citizen.parse(JSON.parse(deps.crypto.open(stored.citizenSealed)))
  return { idHash: stored.idHash, citizen: stored.citizen, person, idTokenSealed: stored.idTokenSealed, expiresAt }
}

/** Ends the session: the row goes, and so does the cookie. */
export async function endSession(deps: SessionDeps, c: Context, session: CitizenSession): Promise<void> {
  await deps.store.deleteSession(session.idHash)
  opened.delete(session.idHash)
  deleteCookie(c, SESSION_COOKIE, { path: '/', secure: true })
}

/** The request's citizen, or 401 for an anonymous one. */
export function requireSession(c: Context<{ Variables: SessionVariables }>): CitizenSession {
  const session = c.get('session')
  if (!session) throw new ApiError(401, 'sign_in_required', 'Sign in first: this shows only your own applications and drafts.')
  return session
}
