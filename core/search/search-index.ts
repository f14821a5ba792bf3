import type { Department } from '../content/department.ts'
import type { Matter } from '../content/matter.ts'
import { buildHaystack, type Haystack } from './haystack.ts'
import { englishWords, normalizeText } from './normalize.ts'
import { pinyinForm, type PinyinForm } from './pinyin-forms.ts'

/** The searchable forms of one field (a name, a keyword, a department name, a summary). */
export type FieldForms = {
  /** Normalised zh and en text. */
  texts: string[]
  /** Stemmed English words. */
  words: string[]
  /** Pinyin of the Chinese text; absent for summaries (too noisy to match by sound). */
  pinyin?: PinyinForm
}

export type IndexEntry = {
  id: string
  name: FieldForms
  keywords: FieldForms[]
  department: FieldForms
  summary: FieldForms
}

/**
 * `latin` holds the one-byte texts (English, and Latin runs such as EMS or A4 inside Chinese), `cjk`
 * the texts with Chinese: V8 scans a one-byte string several times faster, and a Latin query never
 * needs to look at Chinese characters.
 */
type EntryHay = { cjk: string; latin: string; words: string; pinyin: string; initials: string }

const oneByte = /^[\u0000-\u00ff]*$/

/**
 * Built once per catalogue; queries never touch pinyin-pro. Entries keep catalogue order for ties.
 * `hay` joins every entry's fields so a query first finds its few candidates with a handful of
 * native scans, and only scores those.
 */
export type SearchIndex = {
  readonly entries: readonly IndexEntry[]
  readonly hay: { readonly [K in keyof EntryHay]: Haystack }
}

function textForms(zh: string, en: string | undefined, withPinyin: boolean): FieldForms {
  const texts = [normalizeText(zh), ...(en === undefined ? [] : [normalizeText(en)])]
  return {
    texts,
    words: [...new Set(englishWords(en ?? zh))],
    ...(withPinyin ? { pinyin: pinyinForm(zh) } : {}),
  }
}

function hayOf(fields: FieldForms[]): EntryHay {
  const pinyins = fields.flatMap((f) => (f.pinyin === undefined ? [] : [f.pinyin]))
  const texts = fields.flatMap((f) => f.texts)
  const cjk = texts.filter((t) => !oneByte.test(t))
  return {
    cjk: cjk.join('\n'),
    latin: [...texts.filter((t) => oneByte.test(t)), ...cjk.flatMap((t) => t.match(/[\u0000-\u00ff]+/g) ?? [])].join('\n'),
    words: ` ${fields.flatMap((f) => f.words).join(' ')} `,
    pinyin: pinyins.map((p) => p.compact).join('|'),
    initials: pinyins.map((p) => p.initials).join('|'),
  }
}

/**
 * Builds the index from the matters and the departments that carry them.
 *
 * @example
 * const index = buildSearchIndex(catalogue.matters, catalogue.departments)
 * searchMatters(index, 'yyzz') // [{ id: 'company-establishment', score: 60 }, ...]
 */
export function buildSearchIndex(matters: readonly Matter[], departments: readonly Department[]): SearchIndex {
  const departmentForms = new Map(departments.map((d) => [d.id, textForms(d.name.zh, d.name.en, true)]))
  const unknownDepartment: FieldForms = { texts: [], words: [] }
  const entries = matters.map((m): IndexEntry => {
    const name = textForms(m.name.zh, m.name.en, true)
    const keywords = m.keywords.map((k) => textForms(k, undefined, true))
    const department = departmentForms.get(m.department) ?? unknownDepartment
    const summary = textForms(m.summary.zh, m.summary.en, false)
    return { id: m.id, name, keywords, department, summary }
  })
  const hays = entries.map((e) => hayOf([e.name, ...e.keywords, e.department, e.summary]))
  const joined = (key: keyof EntryHay) => buildHaystack(hays.map((h) => h[key]))
  return {
    entries,
    hay: { cjk: joined('cjk'), latin: joined('latin'), words: joined('words'), pinyin: joined('pinyin'), initials: joined('initials') },
  }
}
