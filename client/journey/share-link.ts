import type { Answers, AnswerValue } from '../../core/conditions/condition.ts'
import type { SceneScript } from '../../core/scenes/script.ts'

/**
 * Answers travel in share links as `?a=<base64url JSON>`. Only question answers go in (choices,
 * numbers, yes/no): never a name, an ID number or anything typed into a form.
 */
export function encodeAnswers(answers: Answers): string {
  const bytes = new TextEncoder().encode(JSON.stringify(answers))
  let binary = ''
  for (const b of bytes) binary += String.fromCharCode(b)
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '')
}

/** Reads `?a=` back, keeping only answers to this script's questions with a value of the right kind. */
export function decodeAnswers(encoded: string, script: SceneScript): Answers {
  let raw: unknown
  try {
    const binary = atob(encoded.replace(/-/g, '+').replace(/_/g, '/'))
    raw = JSON.parse(new TextDecoder().decode(Uint8Array.from(binary, (c) => c.charCodeAt(0))))
  } catch {
    return {} // a mangled link starts the journey from the beginning rather than failing
  }
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) return {}
  const answers: Record<string, AnswerValue> = {}
  for (const step of script.steps) {
    if (step.kind !== 'question') continue
    const value = (raw as Record<string, unknown>)[step.id]
    if (fits(step.input, value)) answers[step.id] = value
  }
  return answers
}

function fits(input: string, value: unknown): value is AnswerValue {
  if (input === 'number') return typeof value === 'number' && Number.isFinite(value)
  if (input === 'yes-no') return typeof value === 'boolean'
  if (input === 'multiple') return Array.isArray(value) && value.every((v) => typeof v === 'string')
  return typeof value === 'string'
}

/** A link that opens the journey at `step` with the answers that reach it (the studio's preview), not at the end they lead to. */
export function previewUrl(sceneId: string, answers: Answers, step: string): string {
  const url = shareUrl('', sceneId, answers)
  return `${url}${url.includes('?') ? '&' : '?'}at=${encodeURIComponent(step)}`
}

/** The full URL of a journey with its answers, for the share button. */
export function shareUrl(origin: string, sceneId: string, answers: Answers): string {
  const a = Object.keys(answers).length > 0 ? `?a=${encodeAnswers(answers)}` : ''
  return `${origin}/situations/${sceneId}${a}`
}
