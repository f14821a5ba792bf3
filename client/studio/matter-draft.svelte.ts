import { Matter } from '../../core/content/matter.ts'
import { checkDraftMatter } from '../../core/studio/check-draft-matter.ts'
import { asFileValue, blankGroup, fieldsOf } from '../../core/studio/form-fields.ts'

/** The fields of a 办事指南 in the guide's order, drawn once from the schema the checks use. */
export const matterFields = fieldsOf(Matter)

/** A new matter with the given id: every required field blank, dated `today` (YYYY-MM-DD). */
export function newMatter(id: string, today: string): Matter {
  return { $schema: '../schemas/matter.schema.json', ...blankGroup(matterFields), id, updated: today } as Matter
}

/**
 * A matter (办事指南) being edited in the studio: edited in place, every field of the guide, and
 * checked live on every change. `file` is the value the save writes (the schema's key order,
 * optional texts left empty dropped), so the check speaks about the file.
 */
export class MatterDraft {
  matter = $state<Matter>() as Matter
  file = $derived(asFileValue(matterFields, $state.snapshot(this.matter)))
  problems = $derived(checkDraftMatter(this.file))

  constructor(initial: Matter) {
    this.matter = structuredClone(initial)
  }

  /** The windows it is handled at, which the save also lists back in the hall layout. */
  setWindow(number: number, on: boolean): void {
    const rest = this.matter.windows.filter((n) => n !== number)
    this.matter.windows = on ? [...rest, number].sort((a, b) => a - b) : rest
  }
}
