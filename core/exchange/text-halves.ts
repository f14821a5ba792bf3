import type { Text } from '../content/text.ts'

/**
 * The two halves of a { zh, en } text as a sheet gave them. A sheet from the province usually has
 * no English: the English already in the file is kept while the Chinese it translates is unchanged.
 */
export interface Halves {
  zh?: string | undefined
  en?: string | undefined
  zhCell: string
  enCell: string
  /** whether the sheet has the English column at all */
  enColumn: boolean
}

export type Resolved = { kind: 'text'; value: Text } | { kind: 'empty' } | { kind: 'problem'; cell: string; message: string }

export function resolveText(halves: Halves, before: Text | undefined): Resolved {
  const zh = halves.zh?.trim() ?? ''
  const en = halves.en?.trim() ?? ''
  if (!zh && !en) return { kind: 'empty' }
  if (!zh) return { kind: 'problem', cell: halves.zhCell, message: 'the Chinese text is empty but the English is given' }
  if (en) return { kind: 'text', value: { zh, en } }
  if (before && before.zh === zh) return { kind: 'text', value: { zh, en: before.en } }
  return {
    kind: 'problem',
    cell: halves.enColumn ? halves.enCell : halves.zhCell,
    message: before
      ? `the Chinese changed, so its English translation is out of date: write the new English${halves.enColumn ? '' : ' in a column headed with （英文）'}`
      : `no English translation: add it${halves.enColumn ? '' : ' in a column headed with （英文）'} (every text is shown in both languages)`,
  }
}
