import type { ContentCheck, FileFinding, Located } from '../loaded-content.ts'

/** Ids (and window numbers) are unique, so every reference means exactly one thing. */
export const checkDuplicateIds: ContentCheck = (content) => [
  ...duplicates(content.departments, (d) => d.id, 'department', '/id'),
  ...duplicates(content.themes, (t) => t.id, 'theme', '/id'),
  ...duplicates(content.zones, (z) => z.id, 'zone', '/id'),
  ...duplicates(content.facilities, (f) => f.id, 'facility', '/id'),
  ...duplicates(content.windows, (w) => w.number, 'window number', '/number'),
  ...duplicates(content.matters, (m) => m.id, 'matter', '/id'),
  // The implementation code (实施编码) names a matter in the province's systems and in imports.
  ...duplicates(content.matters, (m) => m.code.implementation, 'implementation code', '/code/implementation'),
  ...duplicates(content.forms, (f) => f.id, 'form', '/id'),
  ...duplicates(content.scenes, (s) => s.id, 'scene', '/id'),
  ...content.matters.flatMap((m) =>
    duplicates(m.value.materials.map((value, i) => ({ file: m.file, pointer: `/materials/${i}`, value })), (x) => x.id, 'material', '/id'),
  ),
]

function duplicates<T>(items: Located<T>[], idOf: (item: T) => string | number, what: string, idPointer: string): FileFinding[] {
  const first = new Map<string | number, Located<T>>()
  const findings: FileFinding[] = []
  for (const item of items) {
    const id = idOf(item.value)
    const earlier = first.get(id)
    if (!earlier) {
      first.set(id, item)
      continue
    }
    const where = earlier.file === item.file ? `at ${earlier.pointer || '/'}` : `in ${earlier.file}`
    findings.push({ file: item.file, pointer: item.pointer + idPointer, message: `duplicate ${what} ${JSON.stringify(id)}: already used ${where}` })
  }
  return findings
}
