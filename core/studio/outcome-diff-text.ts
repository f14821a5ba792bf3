import type { AnswerValue, Answers } from '../conditions/condition.ts'
import type { ChangedPath, NoOutcome, OutcomeDifference, OutcomeShape } from './outcome-diff.ts'

/**
 * A changed route as a reviewer reads it: the answers on one line, then one indented line per difference.
 *
 * @example changedPathText(change) // ['need-seal = yes, applicant = agent', '  + matter company-seal-engraving']
 */
export function changedPathText({ answers, differences }: ChangedPath): string[] {
  return [answersText(answers), ...differences.map((d) => `  ${differenceText(d)}`)]
}

export function answersText(answers: Answers): string {
  const entries = Object.entries(answers)
  return entries.length === 0 ? '(no answers)' : entries.map(([id, value]) => `${id} = ${valueText(value)}`).join(', ')
}

function valueText(value: AnswerValue): string {
  if (typeof value === 'boolean') return value ? 'yes' : 'no'
  return Array.isArray(value) ? `[${value.join(', ')}]` : String(value)
}

function differenceText(d: OutcomeDifference): string {
  switch (d.kind) {
    case 'outcome-step':
      return `~ ends at ${d.after} instead of ${d.before}`
    case 'matter-added':
      return `+ matter ${d.matter}`
    case 'matter-removed':
      return `- matter ${d.matter}`
    case 'matters-reordered':
      return `~ order ${d.before.join(' → ')}  becomes  ${d.after.join(' → ')}`
    case 'materials':
      return `~ materials of ${d.matter}: ${[...d.added.map((m) => `+ ${m}`), ...d.removed.map((m) => `- ${m}`)].join(', ')}`
    case 'no-outcome':
      return `~ was ${endText(d.before)}; now ${endText(d.after)}`
  }
}

function endText(end: OutcomeShape | NoOutcome): string {
  if ('matters' in end) return `${end.step}: ${end.matters.map((m) => m.matter).join(', ') || 'no matters'}`
  return end.reason === 'answer-rejected' ? `no list: the answer to "${end.stop}" is not accepted` : `no list: the route stops at "${end.stop}"`
}
