import type { Locale, Text } from '../../core/content/text.ts'

type Named = { id: string; name: Text; department: { id: string; name: Text } }

/** One department's matters in the ticket form's drop-down, as an `<optgroup>`. */
export type MatterGroup = { department: string; label: string; matters: { id: string; label: string }[] }

/**
 * Matters grouped by department, departments and matters each in reading order of the language
 * (pinyin for Chinese), so a citizen can find one in a long list.
 *
 * @example matterChoices(matters, 'zh')[0] // { department: 'civil-affairs', label: '民政局', matters: [...] }
 */
export function matterChoices(matters: readonly Named[], locale: Locale): MatterGroup[] {
  const order = new Intl.Collator(locale === 'zh' ? 'zh-CN-u-co-pinyin' : 'en').compare
  const groups = new Map<string, MatterGroup>()
  for (const m of matters) {
    const group = groups.get(m.department.id) ?? { department: m.department.id, label: m.department.name[locale], matters: [] }
    group.matters.push({ id: m.id, label: m.name[locale] })
    groups.set(m.department.id, group)
  }
  const sorted = [...groups.values()].sort((a, b) => order(a.label, b.label))
  for (const group of sorted) group.matters.sort((a, b) => order(a.label, b.label))
  return sorted
}
