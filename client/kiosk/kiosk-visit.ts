import { kioskApi } from './kiosk-api.ts'

/**
 * What one visitor left on the server from this kiosk: hand-off codes and drafts. When the visit ends
 * they are revoked and deleted, so nothing made here can be opened again from here or from a phone.
 * The forms pages call `rememberDraft` for a draft they create while the kiosk is open.
 */
export class KioskVisit {
  #handoffs = new Map<string, string>()
  #drafts = new Set<string>()

  rememberHandoff(code: string, revokeKey: string): void {
    this.#handoffs.set(code, revokeKey)
  }
  rememberDraft(token: string): void {
    this.#drafts.add(token)
  }
  get size(): number {
    return this.#handoffs.size + this.#drafts.size
  }

  /**
   * Revokes every code and deletes every draft. Returns what could not be removed (the server was
   * unreachable): hand-offs still expire on their own within minutes; the caller reports drafts.
   */
  async forget(api: Pick<typeof kioskApi, 'revokeHandoff' | 'deleteDraft'> = kioskApi): Promise<string[]> {
    const handoffs = [...this.#handoffs]
    const drafts = [...this.#drafts]
    this.#handoffs.clear()
    this.#drafts.clear()
    const results = await Promise.allSettled([...handoffs.map(([code, key]) => api.revokeHandoff(code, key)), ...drafts.map((token) => api.deleteDraft(token))])
    const labels = [...handoffs.map(([c]) => `hand-off ${c}`), ...drafts.map(() => 'a draft')]
    // 404 and 410 mean it is gone already, which is what we want.
    return results.flatMap((r, i) => (r.status === 'rejected' && ![404, 410].includes((r.reason as { status?: number }).status ?? 0) ? [labels[i]!] : []))
  }
}

/** The one visit in progress on this kiosk. */
export const kioskVisit = new KioskVisit()
