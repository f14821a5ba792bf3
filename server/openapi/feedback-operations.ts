import { CaseReceipt, EvaluationAnswer, EvaluationBody, PublishedFaq, RateAnswerBody, TicketBody, TicketLookupQuery, TicketView } from '../../core/api/feedback.ts'
import { JourneyEvent } from '../../core/feedback/journey-events.ts'
import type { Operation } from './operations.ts'

const tooMany = 'too_many_attempts: too many requests from this connection'
const noTicket = 'ticket_not_found: no ticket matches this number and password'
const ticketView = (description: string) => ({ name: 'TicketView', schema: TicketView, description })

/** /api/evaluations, /api/tickets, /api/matters/{id}/faq and /api/analytics (server/feedback/mount-feedback-api.ts). */
export const feedbackOperations: Operation[] = [
  {
    method: 'post', path: '/api/evaluations', operationId: 'evaluate', tag: 'feedback', summary: 'Rate a journey result or an application (好差评)',
    body: { name: 'EvaluationBody', schema: EvaluationBody }, response: { status: 201, name: 'EvaluationAnswer', schema: EvaluationAnswer, description: 'Recorded' },
    errors: { 400: 'bad_application_number: the number\'s check character is wrong', 404: 'application_not_found, scene_not_found, matter_not_found', 409: 'already_rated: one evaluation per application and matter (一事一评)', 429: tooMany },
  },
  { method: 'post', path: '/api/tickets', operationId: 'fileTicket', tag: 'feedback', summary: 'File a consultation, complaint or suggestion', body: { name: 'TicketBody', schema: TicketBody }, response: { status: 201, name: 'CaseReceipt', schema: CaseReceipt, description: 'The number and query password, shown once' }, errors: { 404: 'matter_not_found: no matter has this id', 429: tooMany } },
  { method: 'get', path: '/api/tickets/lookup', operationId: 'lookupTicket', tag: 'feedback', summary: 'A ticket\'s status and answer, by number and query password', query: TicketLookupQuery, response: ticketView('The ticket as the citizen sees it'), errors: { 404: noTicket, 429: tooMany } },
  { method: 'post', path: '/api/tickets/rate', operationId: 'rateTicketAnswer', tag: 'feedback', summary: 'Rate the answer to a ticket, once', body: { name: 'RateAnswerBody', schema: RateAnswerBody }, response: ticketView('The ticket with the grade given'), errors: { 404: noTicket, 409: 'cannot_rate: no answer yet, or rated already', 429: tooMany } },
  { method: 'get', path: '/api/matters/{id}/faq', operationId: 'getMatterFaq', tag: 'matters', summary: 'Answers staff published as FAQ on a matter\'s guide', pathParams: [{ name: 'id', description: 'the matter id' }], response: { name: 'PublishedFaq', schema: PublishedFaq, description: 'Questions and answers, oldest first' }, errors: { 404: 'matter_not_found: no matter has this id' } },
  { method: 'post', path: '/api/analytics/events', operationId: 'recordJourneyEvent', tag: 'feedback', summary: 'An anonymous journey event: started, stopped or finished at a step', body: { name: 'JourneyEvent', schema: JourneyEvent }, response: { status: 204, description: 'Recorded, with the day only' }, errors: { 409: 'journey_event_repeated: this journey already sent its start or its end', 422: 'unknown_step, unknown_outcome: the scene has no such step or outcome', 429: tooMany } },
]
