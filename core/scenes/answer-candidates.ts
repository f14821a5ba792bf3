import type { AnswerValue, Condition } from '../conditions/condition.ts'
import type { Comparison } from '../conditions/comparisons.ts'
import { evaluate } from '../conditions/evaluate.ts'
import type { QuestionStep } from './script.ts'
import { isValidAnswer } from './valid-answer.ts'

/** Multiple-choice questions with more options that conditions test than this are sampled, not covered. */
const maxSubsetOptions = 6

/**
 * One representative answer per distinct behaviour of a question: two answers that every
 * comparison on the question (anywhere in the script) treats alike are the same to the script, so
 * only the first is kept. Numbers are tried at each constant a condition compares with and one
 * either side, so every branch region gets a value. `exact` is false when a multiple-choice
 * question has too many tested options to try every combination.
 *
 * @example answerCandidates(areaQuestion, [{ answer: 'area', operator: 'lt', value: 50, ... }]) // { values: [49, 50], exact: true }
 */
export function answerCandidates(question: QuestionStep, comparisons: Comparison[]): { values: AnswerValue[]; exact: boolean } {
  const { raw, exact } = rawCandidates(question, comparisons)
  const seen = new Set<string>()
  const values = raw.filter((value): value is AnswerValue => {
    if (!isValidAnswer(question, value)) return false
    const signature = comparisons.map((c) => (evaluate(asCondition(c), { [question.id]: value }) ? 1 : 0)).join('')
    if (seen.has(signature)) return false
    seen.add(signature)
    return true
  })
  if (question.input === 'number') values.sort((a, b) => (a as number) - (b as number))
  return { values, exact }
}

function asCondition(c: Comparison): Condition {
  return { answer: c.answer, [c.operator]: c.value } as Condition
}

function rawCandidates(question: QuestionStep, comparisons: Comparison[]): { raw: unknown[]; exact: boolean } {
  const options = (question.options ?? []).map((o) => o.value)
  switch (question.input) {
    case 'yes-no':
      return { raw: [true, false], exact: true }
    case 'single':
      return { raw: options, exact: true }
    case 'number':
      return { raw: numberCandidates(question, comparisons), exact: true }
    case 'multiple': {
      const tested = options.filter((o) => comparisons.some((c) => c.value === o || (Array.isArray(c.value) && c.value.includes(o))))
      const untested = options.filter((o) => !tested.includes(o))
      if (tested.length > maxSubsetOptions) return { raw: [...options.map((o) => [o]), options], exact: false }
      const subsets = tested.reduce<string[][]>((all, o) => [...all, ...all.map((s) => [...s, o])], [[]])
      return { raw: subsets.map((s) => (s.length > 0 ? s : untested.slice(0, 1))), exact: true }
    }
  }
}

function numberCandidates(question: QuestionStep, comparisons: Comparison[]): number[] {
  const constants = comparisons.flatMap((c) => (typeof c.value === 'number' ? [c.value] : Array.isArray(c.value) ? c.value.filter((v) => typeof v === 'number') : []))
  const around = constants.flatMap((c) => [c - 1, c, c + 1])
  const ends = [question.min, question.max].filter((v): v is number => v !== undefined)
  const fallback = question.min ?? (question.max !== undefined ? Math.min(0, question.max) : 0)
  return [...around, ...ends, fallback]
}
