import { z } from 'zod'
import type { FormDefinition } from '../content/form.ts'
import type { Matter } from '../content/matter.ts'
import { formFields } from '../forms/validate-form.ts'

/** One thing staff ticked in pre-review: a form field or a material, and why it must be corrected. */
export const CorrectionItem = z
  .object({
    kind: z.enum(['field', 'material']),
    id: z.string().min(1).max(100),
    reason: z.string().trim().min(2, 'say what is missing or wrong, e.g. 平面图未标注操作间面积').max(500),
  })
  .strict()
export type CorrectionItem = z.infer<typeof CorrectionItem>

/** A request for corrections: every item at once (一次性告知), with a note for the whole notice. */
export const CorrectionRequest = z
  .object({
    items: z.array(CorrectionItem).min(1, 'tick at least one material or field to correct').max(60),
    note: z.string().trim().max(1000).optional(),
  })
  .strict()
export type CorrectionRequest = z.infer<typeof CorrectionRequest>

/** The notice as kept and shown: round 1, 2… of one application, asked of revision `onRevision`. */
export type CorrectionNotice = {
  round: number
  onRevision: number
  items: CorrectionItem[]
  note: string | null
  requestedAt: Date
  requestedBy: string
}

export type ItemProblem = { pointer: string; message: string }

/** Items naming a field the form does not have or a material the matter does not list, or ticked twice. */
export function correctionProblems(form: FormDefinition, matter: Matter, items: readonly CorrectionItem[]): ItemProblem[] {
  const fields = new Set(formFields(form).map((f) => f.id))
  const materials = new Set(matter.materials.map((m) => m.id))
  const seen = new Set<string>()
  const problems: ItemProblem[] = []
  items.forEach((item, i) => {
    const known = item.kind === 'field' ? fields.has(item.id) : materials.has(item.id)
    if (!known) problems.push({ pointer: `/items/${i}/id`, message: `the ${item.kind === 'field' ? 'form has no field' : 'matter lists no material'} "${item.id}"` })
    const key = `${item.kind}:${item.id}`
    if (seen.has(key)) problems.push({ pointer: `/items/${i}/id`, message: `"${item.id}" is ticked twice: give one reason for it` })
    seen.add(key)
  })
  return problems
}

/** The one-line text of a notice for the status history (the structured notice is kept beside it). */
export function noticeSummary(notice: Pick<CorrectionNotice, 'items' | 'note'>, nameOf: (item: CorrectionItem) => string): string {
  const lines = notice.items.map((item, i) => `${i + 1}. ${nameOf(item)}：${item.reason}`)
  return [`需补正（一次性告知，共 ${notice.items.length} 项）`, ...lines, ...(notice.note ? [notice.note] : [])].join('\n')
}
