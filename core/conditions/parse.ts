import { comparisonOperators, type Condition } from './condition.ts'

export type ConditionProblem = { pointer: string; message: string }
export type ParsedCondition = { condition: Condition } | { problems: ConditionProblem[] }

const combinators = ['all', 'any', 'not'] as const
const operatorList = comparisonOperators.join(', ')
const example = '{ "answer": "employees", "gt": 0 }'

/**
 * Reads a condition an editor wrote as JSON, without ever running it as code. Problems name the
 * exact place (a JSON pointer under `pointer`) and say how to fix it.
 *
 * @example parseCondition({ answer: 'area', greater: 50 }, '/steps/2/next/0/when')
 * // { problems: [{ pointer: '/steps/2/next/0/when/greater',
 * //   message: 'unknown operator "greater" (use one of is, in, includes, gt, gte, lt, lte, answered)' }] }
 */
export function parseCondition(raw: unknown, pointer: string): ParsedCondition {
  const problems: ConditionProblem[] = []
  const condition = read(raw, pointer, problems)
  return condition && problems.length === 0 ? { condition } : { problems }
}

function read(raw: unknown, pointer: string, problems: ConditionProblem[]): Condition | undefined {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    problems.push({ pointer, message: `a condition is an object such as ${example}` })
    return undefined
  }
  const record = raw as Record<string, unknown>
  const keys = Object.keys(record)
  const combinator = combinators.find((key) => key in record)
  if (combinator) return readCombinator(combinator, record, keys, pointer, problems)
  if (!('answer' in record)) {
    const unknown = keys.find((key) => !(comparisonOperators as readonly string[]).includes(key))
    const message = unknown
      ? `unknown key "${unknown}" (a condition has "answer" with one operator, or "all", "any" or "not")`
      : `name the question this condition reads with "answer", e.g. ${example}`
    problems.push({ pointer: unknown ? `${pointer}/${escape(unknown)}` : pointer, message })
    return undefined
  }
  return readComparison(record, keys, pointer, problems)
}

function readCombinator(
  combinator: (typeof combinators)[number],
  record: Record<string, unknown>,
  keys: string[],
  pointer: string,
  problems: ConditionProblem[],
): Condition | undefined {
  const extra = keys.find((key) => key !== combinator)
  if (extra) {
    problems.push({ pointer: `${pointer}/${escape(extra)}`, message: `"${combinator}" stands alone; move "${extra}" into a condition inside it` })
    return undefined
  }
  const inner = record[combinator]
  if (combinator === 'not') {
    const condition = read(inner, `${pointer}/not`, problems)
    return condition && { not: condition }
  }
  if (!Array.isArray(inner) || inner.length === 0) {
    problems.push({ pointer: `${pointer}/${combinator}`, message: `"${combinator}" takes a list of at least one condition` })
    return undefined
  }
  const parts = inner.map((c, i) => read(c, `${pointer}/${combinator}/${i}`, problems))
  if (parts.some((c) => c === undefined)) return undefined
  return combinator === 'all' ? { all: parts as Condition[] } : { any: parts as Condition[] }
}

function readComparison(record: Record<string, unknown>, keys: string[], pointer: string, problems: ConditionProblem[]): Condition | undefined {
  const answer = record.answer
  if (typeof answer !== 'string' || answer === '') {
    problems.push({ pointer: `${pointer}/answer`, message: '"answer" names a question by its id, e.g. "employees"' })
    return undefined
  }
  const operators = keys.filter((key) => key !== 'answer')
  const unknown = operators.find((key) => !(comparisonOperators as readonly string[]).includes(key))
  if (unknown) {
    problems.push({ pointer: `${pointer}/${escape(unknown)}`, message: `unknown operator "${unknown}" (use one of ${operatorList})` })
    return undefined
  }
  if (operators.length !== 1) {
    const message = operators.length === 0
      ? `add one operator beside "answer" (one of ${operatorList})`
      : `use one operator per comparison (found ${operators.join(', ')}); combine comparisons with "all" or "any"`
    problems.push({ pointer, message })
    return undefined
  }
  const operator = operators[0] as (typeof comparisonOperators)[number]
  const message = valueProblem(operator, record[operator])
  if (message) {
    problems.push({ pointer: `${pointer}/${operator}`, message })
    return undefined
  }
  return { answer, [operator]: record[operator] } as Condition
}

/** Why a value does not suit an operator, or undefined when it does. */
function valueProblem(operator: (typeof comparisonOperators)[number], value: unknown): string | undefined {
  switch (operator) {
    case 'is':
      return ['string', 'number', 'boolean'].includes(typeof value) ? undefined : '"is" compares with one value: an option, a number, true or false'
    case 'in':
      return Array.isArray(value) && value.length > 0 && value.every((v) => typeof v === 'string' || typeof v === 'number')
        ? undefined
        : '"in" takes a list of options or numbers, e.g. ["company", "sole-trader"]'
    case 'includes':
      return typeof value === 'string' ? undefined : '"includes" takes one option of a multiple-choice question, e.g. "food"'
    case 'answered':
      return typeof value === 'boolean' ? undefined : '"answered" takes true or false'
    default:
      return typeof value === 'number' && Number.isFinite(value) ? undefined : `"${operator}" compares with a number, e.g. ${example}`
  }
}

/** RFC 6901: `~` and `/` inside a key. */
function escape(key: string): string {
  return key.replaceAll('~', '~0').replaceAll('/', '~1')
}
