import type { Department } from './department.ts'
import type { FormDefinition } from './form.ts'
import type { HallLayout, HallPlan } from './hall-layout.ts'
import type { Matter } from './matter.ts'
import type { ZoneServiceTimes } from '../live/service-times.ts'
import type { Theme } from './theme.ts'
import type { SceneScript } from '../scenes/script.ts'
import type { Locale } from './text.ts'

/** Everything the editors wrote, parsed and checked: what the server serves and the client renders. */
export type Catalogue = {
  departments: Department[]
  themes: Theme[]
  matters: Matter[]
  hall: HallLayout
  /** Zones that take bookings and queue tickets (content/hall/service-times.json); empty when the hall has none. */
  serviceTimes: ZoneServiceTimes[]
  forms: FormDefinition[]
  scenes: SceneScript[]
  strings: Record<Locale, Record<string, string>>
}

/** The part of the catalogue a visitor's browser holds: the hall is the plan GET /api/hall serves (counts, not every matter id). */
export type ClientCatalogue = Omit<Catalogue, 'hall'> & { hall: HallPlan }
/** What the journey's list is built from: the whole catalogue (tests, benches) or a browser's part of it. */
export type JourneyCatalogue = Catalogue | ClientCatalogue

/** One file of content as read from disk by an edge (server, CLI, Vite plugin). */
export type SourceFile = { path: string; text: string }
