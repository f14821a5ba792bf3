import type { FieldValue, FormData } from '../forms/form-data.ts'
import type { CorrectionItem, ItemProblem } from './correction-notice.ts'

/** What the citizen declares for a material they were asked to correct: how it is now provided. */
export type MaterialAnswers = Record<string, string>

export type CorrectedRevision = { data: FormData; materials: MaterialAnswers; problems: ItemProblem[] }

const same = (a: FieldValue | undefined, b: FieldValue | undefined) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null)

/**
 * The next revision of an application: the previous data with only the fields the notice names taken
 * from the citizen's answer (a named field left out is cleared), and a declaration for each named material.
 * Changing anything the notice did not name is a problem, so a correction can never rewrite the rest.
 */
export function applyCorrections(
  previous: { data: FormData; materials: MaterialAnswers },
  items: readonly CorrectionItem[],
  answer: { data: FormData; materials: MaterialAnswers },
): CorrectedRevision {
  const fields = new Set(items.filter((i) => i.kind === 'field').map((i) => i.id))
  const materials = items.filter((i) => i.kind === 'material').map((i) => i.id)
  const problems: ItemProblem[] = []
  for (const [id, value] of Object.entries(answer.data)) {
    if (!fields.has(id) && !same(value, previous.data[id])) problems.push({ pointer: `/data/${id}`, message: `"${id}" was not named in the notice and cannot change` })
  }
  for (const id of Object.keys(answer.materials)) {
    if (!materials.includes(id)) problems.push({ pointer: `/materials/${id}`, message: `the material "${id}" was not named in the notice` })
  }
  for (const id of materials) {
    if ((answer.materials[id] ?? '').trim() === '') problems.push({ pointer: `/materials/${id}`, message: 'say how you now provide this material' })
  }
  const data: FormData = Object.fromEntries(Object.entries(previous.data).filter(([id]) => !fields.has(id)))
  for (const id of fields) if (answer.data[id] !== undefined) data[id] = answer.data[id]
  const declared = Object.fromEntries(materials.filter((id) => answer.materials[id]).map((id) => [id, answer.materials[id]!.trim()]))
  return { data, materials: { ...previous.materials, ...declared }, problems }
}

/** What changed from one revision to the next: field ids and material ids, in the order of the later one. */
export function revisionChanges(before: { data: FormData; materials: MaterialAnswers }, after: { data: FormData; materials: MaterialAnswers }) {
  const fieldIds = [...new Set([...Object.keys(after.data), ...Object.keys(before.data)])]
  const materialIds = [...new Set([...Object.keys(after.materials), ...Object.keys(before.materials)])]
  return {
    fields: fieldIds.filter((id) => !same(before.data[id], after.data[id])),
    materials: materialIds.filter((id) => before.materials[id] !== after.materials[id]),
  }
}
