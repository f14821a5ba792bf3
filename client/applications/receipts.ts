import type { SubmittedApplication } from '../api/drafts.ts'

/**
 * Receipts of applications submitted in this page's lifetime, in memory only: a kiosk's next visitor
 * must not find them, so they are never written to browser storage. Keyed by number and by draft token.
 */
const byNumber = new Map<string, SubmittedApplication>()
const byToken = new Map<string, SubmittedApplication>()

export function rememberReceipt(token: string, application: SubmittedApplication): void {
  byNumber.set(application.number, application)
  byToken.set(token, application)
}

export function receiptByNumber(number: string): SubmittedApplication | undefined {
  return byNumber.get(number)
}

export function receiptByToken(token: string): SubmittedApplication | undefined {
  return byToken.get(token)
}
