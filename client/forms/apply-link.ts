import type { Answers } from '../../core/conditions/condition.ts'
import { encodeAnswers } from '../journey/share-link.ts'

/**
 * The link that starts an online form, carrying the journey's answers so the server can prefill it:
 * `/forms/company-establishment?from=start-business&a=<answers>`. Only question answers travel.
 */
export function applyHref(formId: string, journey?: { sceneId: string; answers: Answers }): string {
  const base = `/forms/${encodeURIComponent(formId)}`
  if (!journey || Object.keys(journey.answers).length === 0) return base
  return `${base}?${new URLSearchParams({ from: journey.sceneId, a: encodeAnswers(journey.answers) })}`
}
