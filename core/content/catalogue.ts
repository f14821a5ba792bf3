import type { Department } from './department.ts'
import type { FormDefinition } from './form.ts'
import type { HallLayout } from './hall-layout.ts'
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

/** One file of content as read from disk by an edge (server, CLI, Vite plugin). */
export type SourceFile = { path: string; text: string }
