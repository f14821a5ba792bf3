import type { Step } from '../scenes/script.ts'

export type StepKind = Step['kind']
export const stepKinds: readonly StepKind[] = ['scene', 'question', 'info', 'outcome']

const blank = () => ({ zh: '', en: '' })

/**
 * A new step of a kind as the studio adds it: every text empty (the live check asks for both
 * languages), leading nowhere yet, with an id not yet used in the script.
 *
 * @example blankStep('question', ['welcome']) // { id: 'question-1', kind: 'question', input: 'yes-no', text: { zh: '', en: '' }, next: '' }
 */
export function blankStep(kind: StepKind, usedIds: readonly string[]): Step {
  let n = 1
  while (usedIds.includes(`${kind}-${n}`)) n++
  const id = `${kind}-${n}`
  switch (kind) {
    case 'scene':
      return { id, kind, place: { facility: 'guide-desk' }, say: blank(), cue: 'walk', next: '' }
    case 'question':
      return { id, kind, input: 'yes-no', text: blank(), next: '' }
    case 'info':
      return { id, kind, title: blank(), text: blank(), next: '' }
    case 'outcome':
      return { id, kind, title: blank(), matters: [] as never }
  }
}
