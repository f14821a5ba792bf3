import type { Catalogue } from '../../core/content/catalogue.ts'
import type { SceneScript, Step } from '../../core/scenes/script.ts'
import { blankStep, type StepKind } from '../../core/studio/blank-step.ts'
import { untrack } from 'svelte'
import { draftSceneChecker } from '../../core/studio/check-draft-scene.ts'
import { questionsAskedBeforeEach } from '../../core/studio/questions-asked-before.ts'
import { withoutTextsKey } from '../../core/studio/without-texts.ts'
import { draftToScript } from '../../core/studio/draft-to-script.ts'

/** A blank situation with the given id: the header to fill in and a greeting scene to start from. */
export function newScript(id: string): SceneScript {
  const blank = () => ({ zh: '', en: '' })
  return {
    $schema: '../content/schemas/scene.schema.json',
    id,
    title: blank(),
    summary: blank(),
    theme: '',
    audience: '自然人',
    start: 'welcome',
    steps: [{ ...(blankStep('scene', []) as Extract<Step, { kind: 'scene' }>), id: 'welcome', cue: 'greet' }],
  }
}

/**
 * The situation being edited in the studio. Fields are edited in place (Svelte's deep state); the
 * file value, its live check and nothing else are derived from it, so the map and the messages
 * follow every keystroke.
 */
export class SceneDraft {
  script = $state<SceneScript>() as SceneScript
  /** What the draft is checked against: the working tree's matters, hall and themes. */
  catalogue = $state.raw<Catalogue>() as Catalogue
  /** The value the file would hold, as saved (draft-to-script.ts). */
  file = $derived(draftToScript($state.snapshot(this.script)))
  #check = $derived(draftSceneChecker(this.catalogue))
  problems = $derived(this.#check(this.file))
  /** Everything but the texts: what routes depend on, so typing in a text leaves route work alone. */
  structure = $derived(withoutTextsKey(this.file))
  /** Per step, the questions its conditions may read (by id), worked out again only when routes may have changed. */
  asked = $derived.by(() => {
    void this.structure
    return untrack(() => questionsAskedBeforeEach(this.file as SceneScript))
  })

  constructor(initial: SceneScript, catalogue: Catalogue) {
    this.catalogue = catalogue
    this.script = structuredClone(initial)
  }

  get ids(): string[] {
    return this.script.steps.map((s) => s.id)
  }

  /** Adds a step of `kind` after position `at` (at the end by default) and returns its id. */
  addStep(kind: StepKind, at = this.script.steps.length - 1): string {
    const step = blankStep(kind, this.ids)
    this.script.steps.splice(at + 1, 0, step)
    return step.id
  }

  /** Moves a step up (-1) or down (+1) in the file; routes do not change, only the order editors read. */
  moveStep(index: number, by: -1 | 1): void {
    const to = index + by
    if (to < 0 || to >= this.script.steps.length) return
    const [step] = this.script.steps.splice(index, 1)
    this.script.steps.splice(to, 0, step!)
  }

  /** Deletes a step; the checks then point at every `next` that still leads to it. */
  removeStep(index: number): void {
    this.script.steps.splice(index, 1)
  }

  /** Renames a step and every reference to it (start, next, conditions reading its answer). */
  renameStep(from: string, to: string): void {
    if (from === to) return
    this.script = JSON.parse(JSON.stringify($state.snapshot(this.script), (key, value) => (value === from && ['start', 'next', 'to', 'answer', 'id'].includes(key) ? to : value)))
  }
}
