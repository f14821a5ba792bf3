/**
 * The file a studio draft is saved as: keys in the order of the editors' guide (`id`, `kind`, then
 * the step's own fields, `next` last), optional texts left empty in both languages dropped, empty
 * `materials` maps and `when`-less leftovers removed. What the studio checks live and what it saves
 * are this same value, so the check speaks about the file.
 *
 * @example draftToScript({ steps: [{ next: 'b', id: 'a', kind: 'info', title, text }], id: 'x' }) // { id: 'x', steps: [{ id: 'a', kind: 'info', title, text, next: 'b' }] }
 */
export function draftToScript(draft: unknown): unknown {
  if (!isObject(draft)) return draft
  const steps = Array.isArray(draft.steps) ? draft.steps.map(cleanStep) : draft.steps
  return ordered({ ...draft, steps }, scriptKeys)
}

const scriptKeys = ['$schema', 'id', 'title', 'summary', 'theme', 'audience', 'start', 'steps']
const stepKeys = ['id', 'kind', 'input', 'place', 'say', 'cue', 'title', 'text', 'paragraphs', 'hint', 'options', 'min', 'max', 'unit', 'matters', 'next']
const optionalTexts = ['hint', 'unit', 'text']

type Json = Record<string, unknown>
const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v)
const isEmptyText = (v: unknown) => isObject(v) && v.zh === '' && v.en === ''

function ordered(value: Json, keys: readonly string[]): Json {
  const known = keys.filter((k) => k in value && value[k] !== undefined).map((k) => [k, value[k]] as const)
  const rest = Object.entries(value).filter(([k, v]) => !keys.includes(k) && v !== undefined)
  return Object.fromEntries([...known, ...rest])
}

function cleanStep(step: unknown): unknown {
  if (!isObject(step)) return step
  const copy: Json = { ...step }
  // An outcome's `text` and a question's `hint`/`unit` are optional; an info page's `text` is not.
  for (const key of optionalTexts) if (isEmptyText(copy[key]) && !(key === 'text' && copy.kind === 'info')) delete copy[key]
  if (Array.isArray(copy.options)) copy.options = copy.options.map((o) => (isObject(o) && isEmptyText(o.hint) ? ordered({ ...o, hint: undefined }, ['value', 'label']) : o))
  if (Array.isArray(copy.matters)) copy.matters = copy.matters.map(cleanMatter)
  if (Array.isArray(copy.paragraphs)) copy.paragraphs = copy.paragraphs.length > 0 ? copy.paragraphs.map((p) => (isObject(p) ? ordered(p, ['when', 'text']) : p)) : undefined
  if (Array.isArray(copy.next)) copy.next = copy.next.map((b) => (isObject(b) ? ordered(b, ['when', 'to']) : b))
  return ordered(copy, stepKeys)
}

function cleanMatter(entry: unknown): unknown {
  if (!isObject(entry)) return entry
  const materials = isObject(entry.materials) && Object.keys(entry.materials).length > 0 ? entry.materials : undefined
  const promisedLimits = Array.isArray(entry.promisedLimits) && entry.promisedLimits.length > 0 ? entry.promisedLimits.map(cleanCase) : undefined
  return ordered({ ...entry, materials, promisedLimits }, ['matter', 'when', 'materials', 'promisedLimits'])
}

/** A case of a promised limit: its condition, then the limit as a guide writes one, an empty note dropped. */
function cleanCase(entry: unknown): unknown {
  if (!isObject(entry)) return entry
  const limit = isObject(entry.limit) ? ordered({ ...entry.limit, note: isEmptyText(entry.limit.note) ? undefined : entry.limit.note }, ['value', 'unit', 'note']) : entry.limit
  return ordered({ ...entry, limit }, ['when', 'limit'])
}
