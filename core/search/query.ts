import { compactLatin, englishWords, isLatin, normalizeText } from './normalize.ts'
import { pinyinMatch } from './pinyin-forms.ts'
import type { FieldForms, IndexEntry, SearchIndex } from './search-index.ts'

/** Scores by where the query matched, best first: exact name > name prefix > ... > summary. */
export const scores = { exactName: 100, namePrefix: 90, name: 70, keyword: 60, initials: 50, department: 40, summary: 30 } as const

export type SearchHit = { id: string; score: number }

type Term = { text: string; latin: boolean; compact: string; words: string[] }

function termOf(text: string): Term {
  const latin = isLatin(text)
  return { text, latin, compact: latin ? compactLatin(text) : '', words: latin ? englishWords(text) : [] }
}

/** Every query word is a word of the field; the last one may be a prefix (typing is still going on). */
function hasWords(field: FieldForms, words: string[]): boolean {
  if (words.length === 0 || field.words.length === 0) return false
  return words.every((w, i) =>
    i === words.length - 1 && w.length >= 3 ? field.words.some((fw) => fw.startsWith(w)) : field.words.includes(w),
  )
}

function matchesField(field: FieldForms, term: Term): boolean {
  if (field.texts.some((t) => t.includes(term.text))) return true
  if (!term.latin) return false
  if (field.pinyin !== undefined && term.compact.length >= 2 && pinyinMatch(field.pinyin, term.compact) !== -1) return true
  return hasWords(field, term.words)
}

function nameScore(name: FieldForms, term: Term): number {
  let best = 0
  for (const t of name.texts) {
    if (t === term.text) return scores.exactName
    if (t.startsWith(term.text)) best = scores.namePrefix
  }
  if (term.latin && name.pinyin !== undefined && term.compact.length >= 2) {
    const at = pinyinMatch(name.pinyin, term.compact)
    if (at === 0 && name.pinyin.compact === term.compact) return scores.exactName
    if (at === 0) best = scores.namePrefix
  }
  if (best > 0) return best
  return matchesField(name, term) ? scores.name : 0
}

function initialsMatch(entry: IndexEntry, term: Term): boolean {
  if (!term.latin || term.compact.length < 2) return false
  if (entry.name.pinyin?.initials.includes(term.compact)) return true
  return entry.keywords.some((k) => k.pinyin?.initials.includes(term.compact))
}

/** The best score of one term in one matter, 0 when it does not match. Tiers are tried best first. */
function scoreTerm(entry: IndexEntry, term: Term): number {
  const name = nameScore(entry.name, term)
  if (name > 0) return name
  if (entry.keywords.some((k) => matchesField(k, term))) return scores.keyword
  if (initialsMatch(entry, term)) return scores.initials
  if (matchesField(entry.department, term)) return scores.department
  if (matchesField(entry.summary, term)) return scores.summary
  return 0
}

/** The whole query first; failing that, every space-separated term must match somewhere (the weakest counts). */
function scoreEntry(entry: IndexEntry, whole: Term, parts: Term[]): number {
  const score = scoreTerm(entry, whole)
  if (score > 0 || parts.length < 2) return score
  let weakest: number = scores.exactName
  for (const part of parts) {
    const s = scoreTerm(entry, part)
    if (s === 0) return 0
    weakest = Math.min(weakest, s)
  }
  return weakest
}

/**
 * Matters matching a free-text query in Chinese, pinyin (full or initials) or English, best first,
 * ties in catalogue order. An empty query matches nothing.
 *
 * @example searchMatters(index, '营业执照') // company-establishment, sole-trader-registration, ...
 */
export function searchMatters(index: SearchIndex, query: string, limit = Number.POSITIVE_INFINITY): SearchHit[] {
  const text = normalizeText(query)
  if (text === '') return []
  const whole = termOf(text)
  const parts = text.includes(' ') ? text.split(' ').map(termOf) : []
  const hits: SearchHit[] = []
  for (const entry of index.entries) {
    const score = scoreEntry(entry, whole, parts)
    if (score > 0) hits.push({ id: entry.id, score })
  }
  hits.sort((a, b) => b.score - a.score)
  return hits.length > limit ? hits.slice(0, limit) : hits
}
