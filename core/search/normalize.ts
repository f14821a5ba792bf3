/**
 * Text normalisation shared by the search index (at build time) and the query (per request), so both
 * sides compare the same forms: full-width letters folded (ＹＹＺＺ -> yyzz), lower case, spaces collapsed.
 */
export function normalizeText(text: string): string {
  return text.normalize('NFKC').toLowerCase().replace(/\s+/g, ' ').trim()
}

/** Only Latin letters, digits and spaces: the query may be pinyin or English. */
export function isLatin(text: string): boolean {
  return /^[a-z0-9 '’-]+$/.test(text)
}

/** Letters only, spaces and apostrophes dropped: `ying ye` and `ying'ye` both become `yingye`. */
export function compactLatin(text: string): string {
  return text.replace(/[^a-z]/g, '')
}

// Citizens type American spellings; the guides are written in British English.
const spellings: Record<string, string> = { license: 'licence', licenses: 'licence', center: 'centre', centers: 'centre', organization: 'organisation' }

/**
 * A light English stemmer for forgiving plurals: restaurants -> restaurant, taxes -> tax,
 * businesses -> business, subsidies -> subsidy, licences -> licence. Not a full Porter stemmer:
 * guides are short and the index keeps whole words too.
 */
export function stemWord(word: string): string {
  const w = spellings[word] ?? word
  if (w.length > 4 && w.endsWith('ies')) return `${w.slice(0, -3)}y`
  if (w.endsWith('sses')) return w.slice(0, -2)
  if (w.length > 4 && /(x|z|ch|sh)es$/.test(w)) return w.slice(0, -2)
  if (w.length > 3 && w.endsWith('s') && !w.endsWith('ss') && !w.endsWith('us') && !w.endsWith('is')) return w.slice(0, -1)
  return w
}

/** The stemmed English words of a text, in order. */
export function englishWords(text: string): string[] {
  return (normalizeText(text).match(/[a-z0-9]+/g) ?? []).map(stemWord)
}
