import { z } from 'zod'
import type { FieldProblem } from '../forms/validate-form.ts'
import type { DraftView } from './drafts.ts'

/** The JSON body of every error answer of the API: `{ "error": { "code", "message", "details"? } }`. */
export const ErrorBody = z
  .object({
    error: z
      .object({
        code: z.string().describe('stable machine-readable code, e.g. matter_not_found, bad_query, payload_too_large'),
        message: z.string().describe('what went wrong and what to do, in English'),
        details: z.unknown().optional().describe('for bad_query: [{ param, message }]'),
      })
      .strict(),
  })
  .strict()
export type ErrorBody = z.infer<typeof ErrorBody>

/**
 * What `details` holds for the codes whose details a client acts on. The server builds them with
 * these types (ApiError's `details`) and the client reads them with `detailsOf`, so neither guesses.
 */
export type ErrorDetails = {
  too_many_attempts: { retryAfterSeconds: number }
  invalid_fields: { problems: FieldProblem[] }
  /** A save's conflict carries what is stored now; a submit's only the revision. */
  draft_conflict: { currentRevision: number; current?: Pick<DraftView, 'data' | 'position' | 'updatedAt'> }
  form_changed: { draftFormVersion: number; formVersion: number }
  bad_query: { param: string; message: string }[]
  /** Submitting online needs a higher trust level (null: not signed in); `windows` take the application in person. */
  trust_level_required: { requiredLevel: number; currentLevel: number | null; windows: number[] }
}
