import { pinyin } from 'pinyin-pro'
import { compactLatin, normalizeText } from './normalize.ts'

/**
 * The toneless pinyin of a text as one string (`营业执照` -> `yingyezhizhao`), with the offsets where
 * syllables start, so a query matches `yingye` or `zhizhao` but not `ngye` from the middle of a syllable.
 */
export type PinyinForm = { compact: string; starts: Uint8Array; initials: string }

/** Computed at index time only: pinyin-pro is far too slow to run per query. */
export function pinyinForm(text: string): PinyinForm {
  const syllables = pinyin(normalizeText(text), { toneType: 'none', type: 'array' }).map(compactLatin)
  const initials = pinyin(normalizeText(text), { pattern: 'first', toneType: 'none', type: 'array' }).map(compactLatin).join('')
  const compact = syllables.join('')
  const starts = new Uint8Array(compact.length + 1)
  let offset = 0
  for (const s of syllables) {
    if (s.length > 0) starts[offset] = 1
    offset += s.length
  }
  return { compact, starts, initials }
}

/**
 * Where `query` (compact Latin letters) occurs in the pinyin starting on a syllable boundary,
 * or -1. 0 means the pinyin starts with it.
 */
export function pinyinMatch(form: PinyinForm, query: string): number {
  let at = form.compact.indexOf(query)
  while (at !== -1) {
    if (form.starts[at] === 1) return at
    at = form.compact.indexOf(query, at + 1)
  }
  return -1
}
