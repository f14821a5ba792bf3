import type { Department } from '../content/department.ts'
import type { Matter } from '../content/matter.ts'
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

/** Built once per catalogue; queries never touch pinyin-pro. Entries keep catalogue order for ties. */
export type SearchIndex = { readonly entries: readonly IndexEntry[] }

function textForms(zh: string, en: string | undefined, withPinyin: boolean): FieldForms {
  const texts = [normalizeText(zh), ...(en === undefined ? [] : [normalizeText(en)])]
  return {
    texts,
    words: [...new Set(englishWords(en ?? zh))],
    ...(withPinyin ? { pinyin: pinyinForm(zh) } : {}),
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
  const entries = matters.map(
    (m): IndexEntry => ({
      id: m.id,
      name: textForms(m.name.zh, m.name.en, true),
      keywords: m.keywords.map((k) => textForms(k, undefined, true)),
      department: departmentForms.get(m.department) ?? unknownDepartment,
      summary: textForms(m.summary.zh, m.summary.en, false),
    }),
  )
  return { entries }
}
