import { limitEndDate, limitWorkingDays, overAnyWeek } from '../calendar/working-days.ts'
import type { TimeLimit } from './matter.ts'

/** "30 工作日": a limit as the checks quote it. */
export const showLimit = (limit: TimeLimit): string => `${limit.value} ${limit.unit}`

/**
 * The rule 承诺时限 ≤ 法定时限, shared by a matter's own promised limit and a situation's limit for one
 * case of it. 工作日 and 自然日 are compared by the day each ends, from every day of a week. When the
 * promised limit can end later, gives the legal limit as a message quotes it: a 自然日 limit with the
 * fewest working days it can last ("28 自然日, as few as 20 工作日"); otherwise undefined.
 *
 * @example promisedBeyondLegal({ value: 21, unit: '工作日' }, { value: 28, unit: '自然日' }) // { en: '28 自然日, as few as 20 工作日', zh: '28 自然日，最少只有 20 工作日' }
 */
export function promisedBeyondLegal(promised: TimeLimit, legal: TimeLimit): { en: string; zh: string } | undefined {
  const endsLater = overAnyWeek((calendar, day) => (limitEndDate(calendar, day, promised) > limitEndDate(calendar, day, legal) ? 1 : 0)).most === 1
  if (!endsLater) return undefined
  if (legal.unit === '工作日') return { en: showLimit(legal), zh: showLimit(legal) }
  const shortest = overAnyWeek((calendar, day) => limitWorkingDays(calendar, day, legal)).least
  return { en: `${showLimit(legal)}, as few as ${shortest} 工作日`, zh: `${showLimit(legal)}，最少只有 ${shortest} 工作日` }
}

/** Whether a limit lasts more than one working day from some day of a week: longer than a 即办 matter allows. */
export const longerThanOnTheSpot = (limit: TimeLimit): boolean => overAnyWeek((calendar, day) => limitWorkingDays(calendar, day, limit)).most > 1
