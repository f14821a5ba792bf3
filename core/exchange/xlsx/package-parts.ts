import { attributes, elements, firstElement } from './xml-text.ts'

/**
 * Where an .xlsx keeps what a guide sheet needs, found as Excel finds it: the package's
 * relationships name the workbook, and the workbook's name its sheets, shared strings and styles.
 */
export interface PackageParts {
  /** sheets in the workbook's order, each with its name and the path of its XML */
  readonly sheets: readonly { name: string; path: string }[]
  readonly sharedStrings?: string
  readonly styles?: string
  /** dates count from 1904 (old Mac workbooks) rather than 1900 */
  readonly date1904: boolean
}

/** Reads a part's text by its path in the package, or undefined when there is no such part. */
export type ReadPart = (path: string) => string | undefined

export function packageParts(read: ReadPart): PackageParts {
  const root = relationships(read('_rels/.rels') ?? '', '')
  const workbookPath = root.find((r) => r.type.endsWith('/officeDocument'))?.target ?? 'xl/workbook.xml'
  const workbook = read(workbookPath)
  if (workbook === undefined) throw new Error('the file has no workbook in it: it is a zip archive but not an .xlsx spreadsheet')
  const rels = relationships(read(relsPathOf(workbookPath)) ?? '', directoryOf(workbookPath))
  const byId = new Map(rels.map((r) => [r.id, r]))
  const sheets: { name: string; path: string }[] = []
  for (const { tag } of elements(workbook, 'sheet')) {
    const a = attributes(tag)
    const id = Object.entries(a).find(([name]) => name.endsWith(':id'))?.[1]
    const rel = id === undefined ? undefined : byId.get(id)
    // Chart sheets and dialog sheets hold no cells.
    if (rel?.type.endsWith('/worksheet')) sheets.push({ name: a.name ?? '', path: rel.target })
  }
  const workbookPr = firstElement(workbook, 'workbookPr')
  const date1904 = workbookPr ? /^(1|true)$/.test(attributes(workbookPr.tag).date1904 ?? '') : false
  return {
    sheets,
    sharedStrings: rels.find((r) => r.type.endsWith('/sharedStrings'))?.target,
    styles: rels.find((r) => r.type.endsWith('/styles'))?.target,
    date1904,
  }
}

interface Relationship {
  readonly id: string
  readonly type: string
  /** the target's path in the package */
  readonly target: string
}

function relationships(xml: string, base: string): Relationship[] {
  return [...elements(xml, 'Relationship')]
    .map(({ tag }) => attributes(tag))
    .filter((a) => a.TargetMode !== 'External')
    .map((a) => ({ id: a.Id ?? '', type: a.Type ?? '', target: resolve(base, a.Target ?? '') }))
}

const directoryOf = (path: string) => path.slice(0, path.lastIndexOf('/') + 1)
const relsPathOf = (path: string) => `${directoryOf(path)}_rels/${path.slice(path.lastIndexOf('/') + 1)}.rels`

/** A relationship target, relative to its source's folder unless it starts at the package root. */
function resolve(base: string, target: string): string {
  const parts = (target.startsWith('/') ? target.slice(1) : base + target).split('/')
  const out: string[] = []
  for (const part of parts) {
    if (part === '..') out.pop()
    else if (part !== '.' && part !== '') out.push(part)
  }
  return out.join('/')
}
