import { z } from 'zod'

/**
 * The condition language shared by scene scripts and forms. A condition is JSON data, never code:
 *
 *   { "answer": "employees", "gt": 0 }
 *   { "answer": "business-type", "in": ["company", "sole-trader"] }
 *   { "answer": "services", "includes": "food" }
 *   { "all": [ { "answer": "food", "is": true }, { "not": { "answer": "area", "lt": 50 } } ] }
 *
 * Each comparison reads one answer, named by the id of the question (or form field) that gives it.
 */
export type Condition =
  | { answer: string; is: string | number | boolean }
  | { answer: string; in: (string | number)[] }
  | { answer: string; includes: string }
  | { answer: string; gt: number }
  | { answer: string; gte: number }
  | { answer: string; lt: number }
  | { answer: string; lte: number }
  | { answer: string; answered: boolean }
  | { all: Condition[] }
  | { any: Condition[] }
  | { not: Condition }

/** The comparison operators an editor may write beside `answer`. */
export const comparisonOperators = ['is', 'in', 'includes', 'gt', 'gte', 'lt', 'lte', 'answered'] as const
export type ComparisonOperator = (typeof comparisonOperators)[number]

const answer = z.string().min(1)
const scalar = z.union([z.string(), z.number(), z.boolean()])

export const Condition: z.ZodType<Condition> = z.lazy(() =>
  z.union([
    z.object({ answer, is: scalar }).strict(),
    z.object({ answer, in: z.array(z.union([z.string(), z.number()])).min(1) }).strict(),
    z.object({ answer, includes: z.string() }).strict(),
    z.object({ answer, gt: z.number() }).strict(),
    z.object({ answer, gte: z.number() }).strict(),
    z.object({ answer, lt: z.number() }).strict(),
    z.object({ answer, lte: z.number() }).strict(),
    z.object({ answer, answered: z.boolean() }).strict(),
    z.object({ all: z.array(Condition).min(1) }).strict(),
    z.object({ any: z.array(Condition).min(1) }).strict(),
    z.object({ not: Condition }).strict(),
  ]),
).meta({ id: 'Condition', description: 'A condition over answers, e.g. { "answer": "employees", "gt": 0 }' })

/** An answer as stored in a journey or a form: one choice, several choices, a number or yes/no. */
export type AnswerValue = string | string[] | number | boolean
export type Answers = Readonly<Record<string, AnswerValue>>
