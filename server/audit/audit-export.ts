import type { StoredAuditEntry } from '../store/feedback-repository.ts'

const columns = ['seq', 'at', 'actor', 'action', 'subject', 'before', 'after'] as const

function cell(value: string): string {
  // Quote every cell; a leading = + - @ is defused so a spreadsheet never runs it as a formula.
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value
  return `"${safe.replace(/"/g, '""')}"`
}

function flat(e: StoredAuditEntry): Record<(typeof columns)[number], string> {
  return { seq: String(e.seq), at: e.at.toISOString(), actor: e.actor, action: e.action, subject: e.subject, before: JSON.stringify(e.before), after: JSON.stringify(e.after) }
}

/** The audit log as CSV (RFC 4180, a header row, CRLF line ends). */
export function auditCsv(entries: readonly StoredAuditEntry[]): string {
  const lines = [columns.join(','), ...entries.map((e) => columns.map((c) => cell(flat(e)[c])).join(','))]
  return lines.join('\r\n') + '\r\n'
}

/** The audit log as JSON Lines, one entry per line. */
export function auditJsonLines(entries: readonly StoredAuditEntry[]): string {
  return entries.map((e) => JSON.stringify({ ...e, at: e.at.toISOString() })).join('\n') + (entries.length > 0 ? '\n' : '')
}
