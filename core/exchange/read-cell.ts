import { readAmount, readInt, readList, readTimeLimit, readWindows, readYesNo, type Read } from './cell-values.ts'
import type { ColumnKind } from './guide-columns.ts'
import { nameIndex, type GuideReferences } from './guide-references.ts'

/** A name in a cell that matched nothing we have: reported apart, so the centre can fix its lists. */
export interface Unmatched {
  readonly cell: string
  readonly what: 'department' | 'theme' | 'window' | 'matter'
  readonly name: string
}

export interface CellReader {
  /** The value of a non-text cell; '' reads as "not given" (undefined). */
  read(kind: Exclude<ColumnKind, 'zh' | 'en' | 'lines-zh' | 'lines-en'>, cell: string, address: string): Read<unknown>
  readonly unmatched: Unmatched[]
}

export function cellReader(refs: GuideReferences): CellReader {
  const department = nameIndex(refs.departments)
  const theme = nameIndex(refs.themes)
  const matterByName = nameIndex(refs.matters)
  const matterByCode = new Map(refs.matters.map((m) => [m.code.implementation, m.id]))
  const windows = new Set(refs.windows)
  const unmatched: Unmatched[] = []

  function lookup(what: Unmatched['what'], names: string[], find: (name: string) => string | undefined, address: string): Read<string[]> {
    const ids: string[] = []
    const missing: string[] = []
    for (const name of names) {
      const id = find(name)
      if (id) ids.push(id)
      else {
        missing.push(name)
        unmatched.push({ cell: address, what, name })
      }
    }
    return missing.length === 0 ? { ok: true, value: ids } : { ok: false, message: `no ${what} named ${missing.map((n) => `"${n}"`).join(', ')}` }
  }

  return {
    unmatched,
    read(kind, cell, address) {
      if (cell === '') return { ok: true, value: kind === 'list' || kind === 'departments' || kind === 'themes' || kind === 'matters' ? [] : undefined }
      switch (kind) {
        case 'string':
          return { ok: true, value: cell }
        case 'int':
          return readInt(cell)
        case 'amount':
          return readAmount(cell)
        case 'yes-no':
          return readYesNo(cell)
        case 'time-limit':
          return readTimeLimit(cell)
        case 'list':
          return { ok: true, value: readList(cell) }
        case 'windows': {
          const read = readWindows(cell)
          if (!read.ok) return read
          const unknown = read.value.filter((n) => !windows.has(n))
          for (const n of unknown) unmatched.push({ cell: address, what: 'window', name: `${n}号窗口` })
          return unknown.length === 0 ? read : { ok: false, message: `no window ${unknown.join(', ')} in content/hall/layout.json` }
        }
        case 'department': {
          const read = lookup('department', [cell], department, address)
          return read.ok ? { ok: true, value: read.value[0] } : read
        }
        case 'departments':
          return lookup('department', readList(cell), department, address)
        case 'themes':
          return lookup('theme', readList(cell), theme, address)
        case 'matters':
          return lookup('matter', readList(cell), (name) => matterByCode.get(name) ?? matterByName(name), address)
        case 'json':
          try {
            return { ok: true, value: JSON.parse(cell) as unknown }
          } catch (e) {
            return { ok: false, message: `write this cell as JSON, as the export does (${(e as Error).message})` }
          }
      }
    },
  }
}
