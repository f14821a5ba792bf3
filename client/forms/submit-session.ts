import { validateForm, type FieldProblem } from '../../core/forms/validate-form.ts'
import { draftsApi, type SubmittedApplication } from '../api/drafts.ts'
import { rememberReceipt } from '../applications/receipts.ts'
import type { SaveState } from './autosave.svelte.ts'
import type { DraftSession } from './draft-session.svelte.ts'

export type SubmitOutcome =
  | { kind: 'submitted'; application: SubmittedApplication }
  | { kind: 'invalid'; problems: FieldProblem[] }
  | { kind: 'conflict' }
  | { kind: 'not-saved'; state: SaveState }
  /** The matter needs signing in at a higher trust level to submit online; the draft is kept. */
  | { kind: 'level-required'; requiredLevel: number; currentLevel: number | null; windows: number[] }

type Api = Pick<typeof draftsApi, 'submit' | 'get'>

/**
 * Submits a draft: checks it in the browser first, makes sure the server holds exactly what is on
 * screen, then submits over that revision. The server answers a repeated submit with the same
 * application, so a double click or Back-then-submit never makes two. Nothing typed is touched.
 */
export async function submitSession(session: DraftSession, api: Api = draftsApi, retried = false): Promise<SubmitOutcome> {
  const problems = validateForm(session.form, session.snapshot())
  if (problems.length > 0) return { kind: 'invalid', problems }
  const state = await session.saver.flush()
  if (state === 'conflict') return { kind: 'conflict' }
  if (state !== 'saved' && state !== 'idle') return { kind: 'not-saved', state }
  const result = await api.submit(session.token, session.saver.revision)
  switch (result.kind) {
    case 'submitted':
      rememberReceipt(session.token, result.application)
      return { kind: 'submitted', application: result.application }
    case 'invalid':
      return { kind: 'invalid', problems: result.problems }
    case 'level-required':
      return result
    case 'conflict': {
      const stored = await api.get(session.token)
      session.saver.conflictWith({ revision: stored.revision, data: stored.data, position: stored.position, updatedAt: stored.updatedAt })
      return { kind: 'conflict' }
    }
    case 'form-changed':
      // The stored draft predates the form: saving what is on screen (already moved forward) fixes it.
      if (retried) return { kind: 'not-saved', state: 'failed' }
      session.saver.changed()
      return submitSession(session, api, true)
  }
}
