import type { AnswerValue, Answers } from '../conditions/condition.ts'
import type { ChangedPath, NoOutcome, OutcomeDifference, OutcomeShape, TotalChange } from './outcome-diff.ts'
import type { ChangeGroup } from './outcome-diff-groups.ts'

/**
 * The summary a reviewer reads first: how many routes changed, then one line per way they changed
 * with how many routes and the answers they share.
 *
 * @example changeSummaryText(groups, 72) // ['24 of 72 routes give a different outcome:', '  24 routes where employer = public: - matter public-pension-claim']
 */
export function changeSummaryText(groups: ChangeGroup[], routes: number): string[] {
  const changed = groups.reduce((sum, g) => sum + g.routes.length, 0)
  return [
    `${changed} of ${routes} ${routes === 1 ? 'route gives' : 'routes give'} a different outcome:`,
    ...groups.map((g) => {
      const count = `${g.routes.length} ${g.routes.length === 1 ? 'route' : 'routes'}`
      const where = Object.keys(g.shared).length > 0 ? ` where ${answersText(g.shared)}` : ''
      return `  ${count}${where}: ${g.differences.map(differenceText).join('; ')}`
    }),
  ]
}

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

export function differenceText(d: OutcomeDifference): string {
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
    case 'totals':
      return `~ totals: ${d.changes.map(totalText).join(', ')}`
    case 'no-outcome':
      return `~ was ${endText(d.before)}; now ${endText(d.after)}`
  }
}

const totalNames: Record<TotalChange['total'], string> = {
  matters: 'matters',
  hallVisits: 'hall visits',
  longestPromisedDays: 'longest promised time (days)',
  feesYuan: 'fees (yuan)',
  onlineMatters: 'matters online',
}

function totalText({ total, before, after }: TotalChange): string {
  return `${totalNames[total]} ${before} → ${after}`
}

function endText(end: OutcomeShape | NoOutcome): string {
  if ('matters' in end) return `${end.step}: ${end.matters.map((m) => m.matter).join(', ') || 'no matters'}`
  return end.reason === 'answer-rejected' ? `no list: the answer to "${end.stop}" is not accepted` : `no list: the route stops at "${end.stop}"`
}
