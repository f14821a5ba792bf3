import { draftTokenHeader } from '../../core/api/draft-token-header.ts'
import { CreateDraftBody, DraftReminder, DraftReminderBody, DraftView, ResumeDraftBody, SaveDraftBody, SavedDraft, SubmitAnswer, SubmitDraftBody } from '../../core/api/drafts.ts'
import type { Operation } from './operations.ts'

const tokenHeader = [{ name: draftTokenHeader, description: 'the draft token (the part after # in the draft\'s link, /resume#<token>); never put it in a URL' }]
const tokenInPath = [{ name: 'token', description: 'the draft token' }]
const draftGone = { 404: 'draft_not_found: no draft has this token', 410: 'draft_expired: the draft expired and can no longer be opened' }
const noToken = { 400: `draft_token_missing: no ${draftTokenHeader} header` }
const draft = (description: string) => ({ name: 'DraftView', schema: DraftView, description })

/** The calls on one draft: at /api/draft with the token in a header, and the old form with it in the path. */
const oneDraft: Operation[] = [
  { method: 'get', path: '', operationId: 'getDraft', tag: 'drafts', summary: 'Open a draft by its token', response: draft('The draft, moved to the form\'s current version'), errors: { ...draftGone, 410: 'draft_expired: the draft expired; draft_submitted: the draft became an application (its number is not told)' } },
  { method: 'put', path: '', operationId: 'saveDraft', tag: 'drafts', summary: 'Save a draft over the revision last seen', body: { name: 'SaveDraftBody', schema: SaveDraftBody }, response: { name: 'SavedDraft', schema: SavedDraft, description: 'Saved: the new revision and expiry' }, errors: { ...draftGone, 409: 'draft_conflict: saved elsewhere since; details hold currentRevision and the current version', 429: 'too_many_attempts: too many saves from this connection' } },
  { method: 'delete', path: '', operationId: 'deleteDraft', tag: 'drafts', summary: 'Delete a draft', response: { status: 204, description: 'Deleted' }, errors: draftGone },
  { method: 'get', path: '/qr.svg', operationId: 'getDraftQrCode', tag: 'drafts', summary: 'The draft\'s link as a QR code', response: { status: 200, media: ['image/svg+xml'], description: 'An SVG QR code of PUBLIC_ORIGIN/resume#<token>' }, errors: draftGone },
  {
    method: 'post', path: '/submit', operationId: 'submitDraft', tag: 'applications', summary: 'Submit a draft as an application (办件)',
    body: { name: 'SubmitDraftBody', schema: SubmitDraftBody, optional: true },
    response: { status: 201, name: 'SubmitAnswer', schema: SubmitAnswer, description: 'The application was created; the draft is gone' },
    alsoAnswers: [{ status: 200, name: 'SubmitAnswer', schema: SubmitAnswer, description: 'This draft was submitted before: the same application, alreadySubmitted true' }],
    errors: { ...draftGone, 403: 'trust_level_required: the matter needs signing in at details.requiredLevel or higher to submit online (currentLevel null: not signed in); or bring it to details.windows', 409: 'draft_conflict: the draft changed since that revision; form_changed: the form changed since the draft was saved', 422: 'invalid_fields: details.problems lists every field that needs attention', 429: 'too_many_attempts: too many saves from this connection' },
  },
]

/** /api/drafts and /api/draft (server/routes/drafts.ts), with the submit that makes an application. */
export const draftOperations: Operation[] = [
  { method: 'post', path: '/api/drafts', operationId: 'createDraft', tag: 'drafts', summary: 'Start a draft of an online form, prefilled from the journey\'s answers', body: { name: 'CreateDraftBody', schema: CreateDraftBody }, response: { status: 201, ...draft('The new draft with its token and resume code') }, errors: { 404: 'form_not_found: no online form has this id', 429: 'too_many_attempts: too many drafts made from this connection' } },
  { method: 'post', path: '/api/drafts/resume', operationId: 'resumeDraft', tag: 'drafts', summary: 'Open a draft by its resume code', body: { name: 'ResumeDraftBody', schema: ResumeDraftBody }, response: draft('The draft, with its token for later saves'), errors: { ...draftGone, 404: 'draft_not_found: no draft has this code', 429: 'too_many_attempts: too many codes tried from this connection' } },
  {
    method: 'put', path: '/api/drafts/reminder', operationId: 'setDraftReminder', tag: 'drafts', summary: 'Leave (or remove) the e-mail address a draft\'s expiry warning goes to, 7 days before it expires',
    body: { name: 'DraftReminderBody', schema: DraftReminderBody }, response: { name: 'DraftReminder', schema: DraftReminder, description: 'Where the warning goes (masked) and when it is due' },
    errors: { ...draftGone, 422: 'invalid_request: not an e-mail address', 429: 'too_many_attempts: too many saves from this connection' },
  },
  ...oneDraft.map((op) => ({ ...op, path: `/api/draft${op.path}`, headerParams: tokenHeader, errors: { ...noToken, ...op.errors } })),
  // The old form, with the token in the path where logs and Referer headers could keep it.
  ...oneDraft.map((op) => ({
    ...op, path: `/api/drafts/{token}${op.path}`, operationId: `${op.operationId}ByPath`, pathParams: tokenInPath,
    deprecated: `Replaced by ${op.method.toUpperCase()} /api/draft${op.path} with the token in the ${draftTokenHeader} header; still answered for pages loaded before the change.`,
  })),
]
