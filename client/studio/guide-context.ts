import type { Catalogue } from '../../core/content/catalogue.ts'

/** What every field of the matter form may need: the content to pick names from, the matter's id, and its window toggle (which keeps the hall's back-references). */
export type GuideContext = { catalogue: Catalogue; matterId: string; setWindow: (number: number, on: boolean) => void }
