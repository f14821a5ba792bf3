import { z } from 'zod'
import { Text } from '../../core/content/text.ts'
import { ApplicationStatus } from '../../core/forms/application-status.ts'
import { FormData } from '../../core/forms/form-data.ts'
import type { ApplicationProgress } from '../drafts/lookup-application.ts'
import type { DraftView } from '../drafts/draft-view.ts'
import type { SubmittedApplication } from '../drafts/submit-draft.ts'
import { ApplicationLookupQuery } from '../routes/applications.ts'
import { CreateDraftBody, ResumeDraftBody, SaveDraftBody, SubmitDraftBody } from '../routes/drafts.ts'
import { answering } from './answering.ts'
import { ApplicationProgressAnswer } from './api-schemas.ts'
import type { Operation } from './operations.ts'

const isoTime = z.string().describe('an ISO 8601 time, e.g. 2026-11-25T02:00:00.000Z')
const FieldValue = z.union([z.string(), z.number(), z.boolean(), z.array(z.string()), z.array(FormData)])

const DraftViewSchema = answering<DraftView>()(
  z.object({
    id: z.string(),
    token: z.string().describe('the secret that opens the draft; keep it in the resume link only'),
    resumeCode: z.string().describe('a short code to resume on another device, e.g. K7QD-29XM'),
    formId: z.string(),
    formVersion: z.number().int(),
    data: FormData,
    position: z.string().nullable().describe('the section the citizen was on'),
    revision: z.number().int().describe('send it back with the next save; a stale one answers 409'),
    expiresAt: isoTime,
    updatedAt: isoTime,
    unmoved: z.array(z.object({ field: z.string(), value: FieldValue })).describe('saved values the current form version has no field for'),
  }),
)

const SavedDraft = z.object({ id: z.string(), revision: z.number().int(), expiresAt: isoTime, updatedAt: isoTime })

const SubmittedApplicationSchema = answering<SubmittedApplication>()(
  z.object({
    number: z.string().describe('e.g. JC-2026-000123-7'), formId: z.string(), matterId: z.string(), status: z.string(), submittedAt: isoTime,
    ratingKey: z.string().describe('lets the citizen rate this application (POST /api/evaluations) without proving it again; keep it with the receipt'),
  }),
)
const SubmitAnswer = z.object({ application: SubmittedApplicationSchema, alreadySubmitted: z.boolean() })

const ApplicationProgressSchema = answering<ApplicationProgress>()(ApplicationProgressAnswer)

const token = [{ name: 'token', description: 'the draft token from its resume link' }]
const draftGone = { 404: 'draft_not_found: no draft has this token', 410: 'draft_expired: the draft expired and can no longer be opened' }
const draft = (description: string) => ({ name: 'DraftView', schema: DraftViewSchema, description })

/** /api/drafts and /api/applications (server/routes/drafts.ts, applications.ts). */
export const draftOperations: Operation[] = [
  { method: 'post', path: '/api/drafts', operationId: 'createDraft', tag: 'drafts', summary: 'Start a draft of an online form, prefilled from the journey\'s answers', body: { name: 'CreateDraftBody', schema: CreateDraftBody }, response: { status: 201, ...draft('The new draft with its token and resume code') }, errors: { 404: 'form_not_found: no online form has this id', 429: 'too_many_attempts: too many drafts made from this connection' } },
  { method: 'post', path: '/api/drafts/resume', operationId: 'resumeDraft', tag: 'drafts', summary: 'Open a draft by its resume code', body: { name: 'ResumeDraftBody', schema: ResumeDraftBody }, response: draft('The draft, with its token for later saves'), errors: { ...draftGone, 404: 'draft_not_found: no draft has this code', 429: 'too_many_attempts: too many codes tried from this connection' } },
  { method: 'get', path: '/api/drafts/{token}', operationId: 'getDraft', tag: 'drafts', summary: 'Open a draft by its token', pathParams: token, response: draft('The draft, moved to the form\'s current version'), errors: draftGone },
  { method: 'put', path: '/api/drafts/{token}', operationId: 'saveDraft', tag: 'drafts', summary: 'Save a draft over the revision last seen', pathParams: token, body: { name: 'SaveDraftBody', schema: SaveDraftBody }, response: { name: 'SavedDraft', schema: SavedDraft, description: 'Saved: the new revision and expiry' }, errors: { ...draftGone, 409: 'draft_conflict: saved elsewhere since; details hold currentRevision and the current version', 429: 'too_many_attempts: too many saves from this connection' } },
  { method: 'delete', path: '/api/drafts/{token}', operationId: 'deleteDraft', tag: 'drafts', summary: 'Delete a draft', pathParams: token, response: { status: 204, description: 'Deleted' }, errors: draftGone },
  { method: 'get', path: '/api/drafts/{token}/qr.svg', operationId: 'getDraftQrCode', tag: 'drafts', summary: 'The resume link as a QR code', pathParams: token, response: { status: 200, media: ['image/svg+xml'], description: 'An SVG QR code of /resume/<token>' }, errors: draftGone },
  {
    method: 'post', path: '/api/drafts/{token}/submit', operationId: 'submitDraft', tag: 'applications', summary: 'Submit a draft as an application (办件)', pathParams: token,
    body: { name: 'SubmitDraftBody', schema: SubmitDraftBody, optional: true },
    response: { status: 201, name: 'SubmitAnswer', schema: SubmitAnswer, description: 'The application was created; the draft is gone' },
    alsoAnswers: [{ status: 200, name: 'SubmitAnswer', schema: SubmitAnswer, description: 'This draft was submitted before: the same application, alreadySubmitted true' }],
    errors: { ...draftGone, 409: 'draft_conflict: the draft changed since that revision; form_changed: the form changed since the draft was saved', 422: 'invalid_fields: details.problems lists every field that needs attention', 429: 'too_many_attempts: too many saves from this connection' },
  },
  { method: 'get', path: '/api/applications/lookup', operationId: 'lookupApplication', tag: 'applications', summary: 'An application\'s progress, by its number and the ID number\'s last 4 characters', query: ApplicationLookupQuery, response: { name: 'ApplicationProgress', schema: ApplicationProgressSchema, description: 'The status and its history, the ID number masked' }, errors: { 400: 'bad_application_number: the number\'s check character is wrong', 404: 'application_not_found: no application matches this number and ID number', 429: 'too_many_attempts: too many lookups from this connection' } },
]
