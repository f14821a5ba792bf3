import { z } from 'zod'
import { Text } from '../../core/content/text.ts'
import { ApplicationStatus } from '../../core/forms/application-status.ts'
import { FormData } from '../../core/forms/form-data.ts'
import type { CorrectionForm } from '../../core/review/review-views.ts'
import { CorrectionProof, ResubmitBody } from '../review/citizen-corrections.ts'
import { ApplicationProgress, type CitizenProgress } from '../../core/api/drafts.ts'
import { ApplicationLookupQuery } from '../routes/applications.ts'
import { answering } from './answering.ts'
import type { Operation } from './operations.ts'
import { FormSchema, NoticeSchema, PromisedDeadlineSchema } from './review-schemas.ts'

const ApplicationProgressSchema = answering<CitizenProgress>()(
  ApplicationProgress.extend({
    matterName: Text.nullable(),
    deadline: PromisedDeadlineSchema.nullable(),
    notice: NoticeSchema.nullable().describe('the open notice while the application is 补正中'),
  }),
)

const CorrectionFormSchema = answering<CorrectionForm>()(
  z.object({ number: z.string(), revision: z.number().int(), form: FormSchema, data: FormData, notice: NoticeSchema }),
)
const Resubmitted = z.object({ number: z.string(), status: ApplicationStatus, revision: z.number().int() })

const number = [{ name: 'number', description: 'the application number, e.g. JC-2026-000123-7' }]
const notYours = 'application_not_found: no application matches this number and ID number'
const tooMany = 'too_many_attempts: too many attempts from this connection'

/** /api/applications (server/routes/applications.ts): progress look-up and corrections (补正). */
export const applicationOperations: Operation[] = [
  { method: 'get', path: '/api/applications/lookup', operationId: 'lookupApplication', tag: 'applications', summary: 'An application\'s progress, by its number and the ID number\'s last 4 characters', query: ApplicationLookupQuery, response: { name: 'ApplicationProgress', schema: ApplicationProgressSchema, description: 'The status and its history, the matter, the promised date and any correction notice; the ID number masked' }, errors: { 400: 'bad_application_number: the number\'s check character is wrong', 404: notYours, 429: tooMany } },
  { method: 'post', path: '/api/applications/{number}/correction', operationId: 'openCorrection', tag: 'applications', summary: 'Open the correction notice with the form and the answers to correct, proven by the whole ID number', pathParams: number, body: { name: 'CorrectionProof', schema: CorrectionProof }, response: { name: 'CorrectionForm', schema: CorrectionFormSchema, description: 'The notice, the form and the current answers' }, errors: { 404: notYours, 409: 'no_corrections_asked: the application is not waiting for corrections', 429: tooMany } },
  { method: 'post', path: '/api/applications/{number}/resubmit', operationId: 'resubmitApplication', tag: 'applications', summary: 'Resubmit the same application with the named fields and materials corrected, as its next revision', pathParams: number, body: { name: 'ResubmitBody', schema: ResubmitBody }, response: { name: 'Resubmitted', schema: Resubmitted, description: 'Back in pre-review as the next revision; the promised limit runs again' }, errors: { 404: notYours, 409: 'no_corrections_asked: not waiting for corrections; application_changed: resubmitted or changed since the notice was opened', 422: 'not_in_notice: a field or material the notice did not name; invalid_fields: details.problems lists each field to fix', 429: tooMany } },
]
