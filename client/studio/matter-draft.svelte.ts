import type { Matter } from '../../core/content/matter.ts'
import { checkDraftMatter } from '../../core/studio/check-draft-matter.ts'

/**
 * A matter (办事指南) being edited in the studio: edited in place, checked live on every change.
 * Fields the form does not show are kept as they were and saved untouched.
 */
export class MatterDraft {
  matter = $state<Matter>() as Matter
  problems = $derived(checkDraftMatter($state.snapshot(this.matter)))

  constructor(initial: Matter) {
    this.matter = structuredClone(initial)
  }

  /** The windows it is handled at, which the save also lists back in the hall layout. */
  setWindow(number: number, on: boolean): void {
    const rest = this.matter.windows.filter((n) => n !== number)
    this.matter.windows = on ? [...rest, number].sort((a, b) => a - b) : rest
  }

  /** Adds a conditional material the citizen brings themselves, to be named in both languages. */
  addMaterial(): void {
    let n = 1
    while (this.matter.materials.some((m) => m.id === `material-${n}`)) n++
    this.matter.materials.push({ id: `material-${n}`, name: { zh: '', en: '' }, kind: ['原件'], medium: ['纸质'], copies: 1, required: false, condition: { zh: '', en: '' }, source: '申请人自备' })
  }

  moveMaterial(index: number, by: -1 | 1): void {
    const to = index + by
    if (to < 0 || to >= this.matter.materials.length) return
    const [m] = this.matter.materials.splice(index, 1)
    this.matter.materials.splice(to, 0, m!)
  }
}
