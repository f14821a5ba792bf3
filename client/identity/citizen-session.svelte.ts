import { meApi, type Me } from '../api/me.ts'
import { flushCurrentDraft } from '../forms/current-session.ts'

/**
 * Who is signed in, asked once per page load (the session cookie is HttpOnly: only the server reads
 * it). Signing in and out are full-page navigations to /auth, so this never changes within a page.
 */
class CitizenSession {
  me = $state.raw<Me | null>(null)

  async load(): Promise<void> {
    try {
      this.me = await meApi.me()
    } catch {
      this.me = { signInAvailable: false, citizen: null, expiresAt: null } // the header simply offers no sign-in
    }
  }

  get citizen() {
    return this.me?.citizen ?? null
  }

  /**
   * Goes to the identity service and back to `returnTo`. What was typed is saved first, so the draft
   * the citizen comes back to (and adopts) holds everything.
   */
  async signIn(returnTo: string): Promise<void> {
    await flushCurrentDraft()
    location.assign(`/auth/login?return=${encodeURIComponent(returnTo)}`)
  }
}

/** Ends the session here, then at the identity service (the server says where to go next). */
export async function signOut(): Promise<void> {
  const response = await fetch('/auth/logout', { method: 'POST', headers: { accept: 'application/json' }, cache: 'no-store' })
  const { next } = (await response.json().catch(() => ({ next: '/' }))) as { next?: string }
  location.assign(next ?? '/')
}

export const citizenSession = new CitizenSession()
