import { draftPagePath, draftTokenOfLink, isDraftToken } from '../../core/routes/draft-link.ts'
import { cleanPath } from '../../core/routes/page-paths.ts'

/**
 * Where this tab keeps the token of the draft it shows: in the history entry's state, beside the
 * token-free address `/resume`. A reload, Back and Forward find it there; the address bar, a bookmark,
 * a screenshot or a shared address never show it, and no request carries it in a URL or a Referer.
 * Like the open draft itself (client/forms/current-session.ts) it stays with the tab: nothing is
 * written to localStorage, which a kiosk's next visitor would find.
 */
type DraftEntry = { draftToken: string }

/** The draft token a history entry's state holds, or null. */
export function draftTokenOfEntry(state: unknown): string | null {
  const token = (state as Partial<DraftEntry> | null)?.draftToken
  return typeof token === 'string' && isDraftToken(token) ? token : null
}

/** A history entry's state that opens the draft `token`. */
export function draftEntry(token: string): DraftEntry {
  return { draftToken: token }
}

/**
 * A draft link in the address (`/resume#<token>`, or `/resume/<token>` of old) becomes `/resume` with
 * the token in the entry's state, its query (`?signin=…`) kept. Back from signing in, `/resume` gets the
 * draft kept for the trip. The router calls this before it reads the address.
 */
export function moveDraftTokenOutOfAddress(): void {
  const atDraftPage = cleanPath(location.pathname) === draftPagePath && draftTokenOfEntry(history.state) === null
  const token = draftTokenOfLink(location.pathname, location.hash) ?? (atDraftPage ? keptForSignIn() : null)
  if (token) history.replaceState(draftEntry(token), '', draftPagePath + location.search)
}

const signInKey = 'lobby.draft-through-sign-in'

/**
 * Keeps the open draft's token for the trip to the identity service and back (a new page, whose history
 * entry has no state yet), in this tab's sessionStorage: `/auth/login?return=/resume` itself names no draft.
 */
export function keepDraftThroughSignIn(token: string): void {
  try {
    sessionStorage.setItem(signInKey, token)
  } catch {
    // storage blocked: back from signing in, the citizen types the resume code instead
  }
}

/** The draft kept for the sign-in trip, forgotten as it is given back once (to be adopted by the citizen now signed in). */
export function takeDraftBackFromSignIn(): string | null {
  const token = keptForSignIn()
  try {
    sessionStorage.removeItem(signInKey)
  } catch {
    // nothing was kept
  }
  return token
}

function keptForSignIn(): string | null {
  try {
    const token = sessionStorage.getItem(signInKey)
    return token !== null && isDraftToken(token) ? token : null
  } catch {
    return null
  }
}
