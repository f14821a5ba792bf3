import type { AnswerValue } from '../../core/conditions/condition.ts'
import type { QuestionStep } from '../../core/scenes/script.ts'
import { t, tx } from '../app/i18n.svelte.ts'

/** An answer as the citizen would say it: the option labels, 是/否, or the number with its unit. */
export function answerText(step: QuestionStep, value: AnswerValue | undefined): string {
  if (value === undefined) return t('check.not-answered')
  if (typeof value === 'boolean') return value ? t('question.yes') : t('question.no')
  if (typeof value === 'number') return `${value}${step.unit ? ` ${tx(step.unit)}` : ''}`
  const label = (v: string) => tx(step.options?.find((o) => o.value === v)?.label) || v
  return Array.isArray(value) ? value.map(label).join(t('list.separator')) : label(value)
}
