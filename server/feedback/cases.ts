import { timingSafeEqual } from 'node:crypto'
import type { CaseReceipt, TicketView } from '../../core/api/feedback.ts'
import { caseNumber, normalizePassword, parseCaseNumber, queryPassword } from '../../core/feedback/case-codes.ts'
import { dueFor, type CaseKind } from '../../core/feedback/deadlines.ts'
import { chinaDate } from '../../core/calendar/working-days.ts'
import { ApiError } from '../http/api-error.ts'
import type { AuditEntry, StoredCase } from '../store/feedback-repository.ts'
import { deadlineSettings } from './settings.ts'
import { clock, random, type FeedbackDeps } from './feedback-deps.ts'

/** The keyed hash of a case's password; the number is mixed in so equal passwords never hash alike. */
export function passwordHash(deps: FeedbackDeps, number: string, password: string): string {
  return deps.crypto.hash('case-password', `${number}:${normalizePassword(password)}`)
}

/** A new open case with a fresh number, password and deadline; `insert` stores it (retried if the number is taken). */
export async function openCase(
  deps: FeedbackDeps,
  kind: CaseKind,
  fields: Pick<StoredCase, 'matterId' | 'evaluationId' | 'textSealed'>,
  insert: (kase: StoredCase) => Promise<'ok' | 'duplicate_number' | 'duplicate'>,
): Promise<CaseReceipt> {
  const now = clock(deps)
  const { dueDate } = dueFor(deps.calendar, now, deadlineSettings(deps.settings)[kind])
  for (let attempt = 0; attempt < 5; attempt++) {
    const number = caseNumber(kind, Number(chinaDate(now).slice(0, 4)), random(deps, 8))
    const password = queryPassword(random(deps, 8))
    const kase: StoredCase = {
      number, kind, passwordHash: passwordHash(deps, number, password), ...fields, status: 'open', openedAt: now, dueDate,
      answer: null, answeredAt: null, answeredBy: null, answerGrade: null, faqQuestion: null, faqPublished: false,
    }
    const result = await insert(kase)
    if (result === 'ok') return { number, password, kind, dueDate }
    if (result === 'duplicate') throw new ApiError(409, 'already_rated', 'This application and matter were rated already: one evaluation each (一事一评).')
  }
  throw new Error('Could not draw a free case number in 5 attempts')
}

const notFound = () => new ApiError(404, 'ticket_not_found', 'No ticket matches this number and password. Check both against your receipt and try again.')

/** The case if number and password match; a wrong number and a wrong password answer alike. */
export async function findCaseWithPassword(deps: FeedbackDeps, numberInput: string, password: string): Promise<StoredCase> {
  const parsed = parseCaseNumber(numberInput)
  if (!parsed) throw notFound()
  const kase = await deps.feedback.findCase(parsed.number)
  const given = Buffer.from(passwordHash(deps, parsed.number, password))
  const expected = Buffer.from(kase?.passwordHash ?? given.toString())
  if (!kase || given.length !== expected.length || !timingSafeEqual(given, expected)) throw notFound()
  return kase
}

/** The citizen's view: status, deadline and answer, never who answered. */
export function citizenView(deps: FeedbackDeps, kase: StoredCase): TicketView {
  return {
    number: kase.number,
    kind: kase.kind,
    matterId: kase.matterId,
    status: kase.status,
    openedAt: kase.openedAt.toISOString(),
    dueDate: kase.dueDate,
    text: kase.textSealed === null ? null : deps.crypto.open(kase.textSealed),
    answer: kase.answer,
    answeredAt: kase.answeredAt?.toISOString() ?? null,
    answerGrade: kase.answerGrade,
    canRate: kase.status === 'answered' && kase.answerGrade === null,
  }
}

export function auditOf(deps: FeedbackDeps, actor: string, action: string, subject: string, before: unknown, after: unknown): AuditEntry {
  return { at: clock(deps), actor, action, subject, before, after }
}

/** What the audit log keeps of a case: its state, not the citizen's text. */
export function caseState(k: StoredCase) {
  return { status: k.status, dueDate: k.dueDate, answered: k.answer !== null, answerGrade: k.answerGrade, faqPublished: k.faqPublished }
}
