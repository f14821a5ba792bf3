import { writeLines, writeList, writeTimeLimit, writeWindows, writeYesNo } from './cell-values.ts'
import type { Column } from './guide-columns.ts'
import type { GuideReferences } from './guide-references.ts'
import { getPath } from './paths.ts'
import type { Text } from '../content/text.ts'
import type { TimeLimit } from '../content/matter.ts'

/** Writes one column of a matter (or list item) as the cell text the reader reads back. */
export function cellWriter(refs: GuideReferences): (column: Column, data: unknown) => string {
  const departments = new Map(refs.departments.map((d) => [d.id, d.name.zh]))
  const themes = new Map(refs.themes.map((t) => [t.id, t.name.zh]))
  const matters = new Map(refs.matters.map((m) => [m.id, m.name.zh]))
  const nameOf = (names: Map<string, string>, id: string) => names.get(id) ?? id
  return (column, data) => {
    const value = getPath(data, column.path)
    if (value === undefined || value === null) return ''
    switch (column.kind) {
      case 'zh':
        return (value as Text).zh
      case 'en':
        return (value as Text).en
      case 'lines-zh':
        return writeLines((value as Text[]).map((t) => t.zh))
      case 'lines-en':
        return writeLines((value as Text[]).map((t) => t.en))
      case 'string':
      case 'int':
      case 'amount':
        return String(value)
      case 'yes-no':
        return writeYesNo(value as boolean)
      case 'time-limit':
        return writeTimeLimit(value as TimeLimit)
      case 'list':
        return writeList(value as string[])
      case 'windows':
        return writeWindows(value as number[])
      case 'department':
        return nameOf(departments, value as string)
      case 'departments':
        return writeList((value as string[]).map((id) => nameOf(departments, id)))
      case 'themes':
        return writeList((value as string[]).map((id) => nameOf(themes, id)))
      case 'matters':
        return writeList((value as string[]).map((id) => nameOf(matters, id)))
      case 'json':
        return JSON.stringify(value)
    }
  }
}
