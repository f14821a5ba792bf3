import { staffApi } from '../api/feedback.ts'

const KEY = 'staff-token'

/**
 * The signed-in staff member. The token lives in sessionStorage only: it goes when the tab closes, and a
 * shared hall computer never keeps it.
 */
class StaffSession {
  token = $state<string | null>(null)
  name = $state('')

  constructor() {
    if (typeof sessionStorage !== 'undefined') this.token = sessionStorage.getItem(KEY)
  }

  get api() {
    return staffApi(this.token ?? '')
  }

  /** Checks the token with the server; false when it is refused. */
  async signIn(token: string): Promise<boolean> {
    const reply = await staffApi(token.trim()).me()
    if (!reply.ok) return false
    this.token = token.trim()
    this.name = reply.body.name
    sessionStorage.setItem(KEY, this.token)
    return true
  }

  /** Re-checks a token kept from earlier in this tab; forgets it when it has expired. */
  async resume(): Promise<void> {
    if (this.token && !(await this.signIn(this.token))) this.signOut()
  }

  signOut(): void {
    this.token = null
    this.name = ''
    sessionStorage.removeItem(KEY)
  }
}

export const staffSession = new StaffSession()
