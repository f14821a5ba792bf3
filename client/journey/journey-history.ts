import type { JourneyPlace } from '../../core/scenes/compile.ts'

/**
 * The state of a journey's history entry: which situation, where in it, and how many journey entries
 * lie behind it (so the page's Back can use the browser's Back while one does). The answers are in
 * the entry's URL, a share link; the place is not, so a shared link restores answers only.
 */
export type JourneyEntry = { journey: { scene: string; at: JourneyPlace; depth: number } }

export function journeyEntry(scene: string, at: JourneyPlace, depth: number): JourneyEntry {
  return { journey: { scene, at, depth } }
}

/** The place a history entry's state names for this situation, or undefined (another page, a fresh link, a mangled state). */
export function placeOfEntry(state: unknown, scene: string): JourneyPlace | undefined {
  const journey = (state as Partial<JourneyEntry> | null)?.journey
  if (!journey || journey.scene !== scene || typeof journey.at !== 'object' || journey.at === null) return undefined
  const at = journey.at as Record<string, unknown>
  if (typeof at.question === 'string') return { question: at.question }
  if (at.page === 'check' || at.page === 'list') return { page: at.page }
  return undefined
}

export function samePlace(a: JourneyPlace, b: JourneyPlace): boolean {
  return 'question' in a ? 'question' in b && a.question === b.question : 'page' in b && a.page === b.page
}
