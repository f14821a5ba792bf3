import { compactLatin, englishWords, isLatin, normalizeText } from './normalize.ts'
import { markEntries } from './haystack.ts'
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

/**
 * Entries that may match the term (non-zero marks): their text, pinyin or initials contain it, or
 * they have every English word. Entries left unmarked cannot match; the marked ones are then scored.
 */
function candidates(index: SearchIndex, term: Term): Uint8Array {
  const marks = new Uint8Array(index.entries.length)
  markEntries(term.latin ? index.hay.latin : index.hay.cjk, term.text, marks)
  if (!term.latin) return marks
  if (term.compact.length >= 2) {
    markEntries(index.hay.pinyin, term.compact, marks)
    markEntries(index.hay.initials, term.compact, marks)
  }
  const words = [...new Set(term.words)]
  if (words.length === 0 || words.length > 8) return marks
  const counts = new Uint8Array(index.entries.length)
  for (const w of words) markEntries(index.hay.words, ` ${w}`, counts)
  for (let i = 0; i < counts.length; i++) if (counts[i] === words.length) marks[i] = 1
  return marks
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

/** Every space-separated part must match somewhere; the weakest part's score counts. */
function scoreParts(entry: IndexEntry, parts: Term[]): number {
  let weakest: number = scores.exactName
  for (const part of parts) {
    const s = scoreTerm(entry, part)
    if (s === 0) return 0
    weakest = Math.min(weakest, s)
  }
  return weakest
}

/** Candidates for every part at once: entries marked by all of them. */
function candidatesOfAll(index: SearchIndex, parts: Term[]): Uint8Array {
  const all = new Uint8Array(index.entries.length).fill(1)
  for (const part of parts) {
    const marks = candidates(index, part)
    for (let i = 0; i < all.length; i++) if (marks[i] === 0) all[i] = 0
  }
  return all
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
  const wholeMarks = candidates(index, whole)
  const partMarks = parts.length > 1 ? candidatesOfAll(index, parts) : undefined
  const hits: SearchHit[] = []
  index.entries.forEach((entry, i) => {
    // The whole query first; failing that, its parts.
    let score = wholeMarks[i] === 0 ? 0 : scoreTerm(entry, whole)
    if (score === 0 && partMarks !== undefined && partMarks[i] !== 0) score = scoreParts(entry, parts)
    if (score > 0) hits.push({ id: entry.id, score })
  })
  hits.sort((a, b) => b.score - a.score)
  return hits.length > limit ? hits.slice(0, limit) : hits
}
