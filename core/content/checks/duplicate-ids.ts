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

const whatZh: Record<string, string> = { department: '部门', theme: '主题', zone: '区域', facility: '设施', 'window number': '窗口号', matter: '事项', 'implementation code': '实施编码', form: '表单', scene: '情形', material: '材料' }

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
    const whereZh = earlier.file === item.file ? `已在 ${earlier.pointer || '/'} 使用` : `已在 ${earlier.file} 使用`
    findings.push({ file: item.file, pointer: item.pointer + idPointer, message: `duplicate ${what} ${JSON.stringify(id)}: already used ${where}`, zh: `${whatZh[what] ?? what} ${JSON.stringify(id)} 重复：${whereZh}` })
  }
  return findings
}
