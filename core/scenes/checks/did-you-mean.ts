/**
 * ` (did you mean "x"?)` for the known word closest to a typo, or an empty string when none is close.
 *
 * @example didYouMean('staf', ['staff', 'agent']) // ' (did you mean "staff"?)'
 * @example didYouMean('staf', ['staff', 'agent'], 'zh') // '（是不是 "staff"？）'
 */
export function didYouMean(word: string, known: Iterable<string>, language: 'zh' | 'en' = 'en'): string {
  let best: string | undefined
  let bestDistance = Math.max(2, Math.floor(word.length / 3)) + 1
  for (const candidate of known) {
    const distance = candidate.includes(word) || word.includes(candidate) ? 1 : editDistance(word, candidate)
    if (distance < bestDistance) [best, bestDistance] = [candidate, distance]
  }
  if (best === undefined) return ''
  return language === 'zh' ? `（是不是 "${best}"？）` : ` (did you mean "${best}"?)`
}

function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i)
  for (let i = 1; i <= a.length; i++) {
    const row = [i]
    for (let j = 1; j <= b.length; j++) {
      row[j] = Math.min(previous[j]! + 1, row[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1))
    }
    previous = row
  }
  return previous[b.length]!
}
