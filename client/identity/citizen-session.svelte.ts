import { meApi, type Me } from '../api/me.ts'
import { keepDraftThroughSignIn, takeDraftBackFromSignIn } from '../app/draft-address.ts'
import { router } from '../app/router.svelte.ts'
import { flushCurrentDraft } from '../forms/current-session.ts'

/**
 * Who is signed in, asked once per page load (the session cookie is HttpOnly: only the server reads
 * it). Signing in and out are full-page navigations to /auth, so this never changes within a page.
 */
class CitizenSession {
  me = $state.raw<Me | null>(null)

  async load(): Promise<void> {
    let me: Me
    try {
      me = await meApi.me()
    } catch {
      me = { signInAvailable: false, citizen: null, expiresAt: null } // the header simply offers no sign-in
    }
    // Back from signing in on a draft's page: the draft becomes the citizen's, so 我的办件 lists it on any
    // device. Done before the header says who is signed in, so that means the draft is theirs too.
    const draft = takeDraftBackFromSignIn()
    if (draft && me.citizen) await meApi.adopt([draft]).catch(() => undefined)
    this.me = me
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
    // The draft page's address (`/resume`) names no draft: its token is kept for the way back.
    if (router.route.name === 'resume') keepDraftThroughSignIn(router.route.token)
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
