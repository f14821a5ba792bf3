import type { TimeLimit } from '../../core/content/matter.ts'
import { t, tx } from '../app/i18n.svelte.ts'

/**
 * "20 个工作日", "当场办结" for 0, with the guide's note when it has one and it adds something: a note
 * that only repeats the limit ("当场办结。" under 当场办结) would read "Done on the spot (Done on the spot.)".
 */
export function limitText(limit: TimeLimit): string {
  const base =
    limit.value === 0
      ? t('limit.on-the-spot')
      : t(limit.unit === '工作日' ? 'limit.working-days' : 'limit.calendar-days', { n: limit.value })
  const note = limit.note ? tx(limit.note) : ''
  return note && plain(note) !== plain(base) ? base + t('list.aside', { text: note }) : base
}

const plain = (text: string) => text.replace(/[\s。.，,；;！!]+/g, '').toLowerCase()

const kindKeys: Record<string, string> = { 即办: 'kind.instant', 承诺: 'kind.promised', 联办: 'kind.joint' }
/** 即办 / 承诺 / 联办 in the current language. */
export const matterKindText = (kind: string): string => t(kindKeys[kind] ?? kind)

const materialKindKeys: Record<string, string> = { 原件: 'material.original', 复印件: 'material.copy', 电子件: 'material.electronic' }
/** 原件 / 复印件 / 电子件 in the current language. */
export const materialKindText = (kind: string): string => t(materialKindKeys[kind] ?? kind)
