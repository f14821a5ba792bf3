import type { DraftSession } from './draft-session.svelte.ts'

let current: DraftSession | undefined

/**
 * The draft open in this page, kept across route changes (starting a form replaces its URL with the
 * draft's page; switching language re-renders) so nothing typed is reloaded from the server. Memory
 * only: a reload fetches the draft again by the token in the history entry (client/app/draft-address.ts).
 */
export function keepSession(session: DraftSession): void {
  if (current !== session) current?.saver.stop()
  current = session
}

export function sessionFor(token: string): DraftSession | undefined {
  return current?.token === token ? current : undefined
}

/** Saves what is typed in the open draft now (before leaving the page to sign in); resolves when done or failed. */
export async function flushCurrentDraft(): Promise<void> {
  await current?.saver.flush()
}
