import type { Read } from './cell-values.ts'
import { readLines } from './cell-values.ts'

type Data = Record<string, unknown>

/**
 * The 申请材料 cell of provincial sheets, one material per line:
 * `1. 营业执照（副本）（原件、复印件；纸质；1份；A4；必要；申请人自备）`. The last bracket holds the
 * material's properties; names keep their own brackets. English and the fields a line cannot hold
 * come from the material of the same Chinese name already in the file.
 */
const kinds = ['原件', '复印件', '电子件']
const media = ['纸质', '电子']
const sources = ['申请人自备', '政府部门核发', '共享获取']

export function readMaterialLines(cell: string, before: readonly Data[]): Read<Data[]> {
  const materials: Data[] = []
  for (const [i, line] of readLines(cell).entries()) {
    const match = /^(.*)[（(]([^（）()]*)[)）]$/.exec(line)
    const props = match ? match[2]!.split(/[；;，,、\s]+/).filter(Boolean) : []
    const known = props.length > 0 && props.every((p) => kinds.includes(p) || media.includes(p) || sources.includes(p) || /^\d+份$/.test(p) || /^(A4|A3|不限|必要|非必要|必须|容缺)$/.test(p))
    const zh = (known ? match![1]! : line).trim()
    const earlier = before.find((m) => (m.name as { zh?: string } | undefined)?.zh === zh)
    if (!earlier) return { ok: false, message: `line ${i + 1}: "${zh}" is a new material with no English name: list materials on a sheet named 申请材料 with a column 材料名称（英文）` }
    const material: Data = { ...earlier }
    if (known) {
      const ofKind = props.filter((p) => kinds.includes(p))
      const ofMedium = props.filter((p) => media.includes(p))
      const copies = props.find((p) => /^\d+份$/.test(p))
      const size = props.find((p) => /^(A4|A3|不限)$/.test(p))
      const source = props.find((p) => sources.includes(p))
      if (ofKind.length) material.kind = ofKind
      if (ofMedium.length) material.medium = ofMedium
      if (copies) material.copies = Number.parseInt(copies, 10)
      if (size) material.paperSize = size
      if (props.includes('必要') || props.includes('必须')) material.required = true
      if (props.includes('非必要') || props.includes('容缺')) material.required = false
      if (source) material.source = source
    }
    materials.push(material)
  }
  return { ok: true, value: materials }
}

export function writeMaterialLine(m: { name: { zh: string }; kind: string[]; medium: string[]; copies: number; paperSize?: string | undefined; required: boolean; source: string }): string {
  const props = [m.kind.join('、'), m.medium.join('、'), `${m.copies}份`, m.paperSize, m.required ? '必要' : '非必要', m.source].filter(Boolean)
  return `${m.name.zh}（${props.join('；')}）`
}
