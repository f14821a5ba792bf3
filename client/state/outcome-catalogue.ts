import type { ClientCatalogue } from '../../core/content/catalogue.ts'
import type { SceneScript } from '../../core/scenes/script.ts'
import { api } from '../api/api.ts'

/**
 * The part of the catalogue `buildOutcome` reads for one script: the matters its outcomes may list,
 * the hall (windows and zones) and the departments (names on the list). The rest stays on the server.
 */
export async function loadOutcomeCatalogue(script: SceneScript, signal?: AbortSignal): Promise<ClientCatalogue> {
  const ids = [...new Set(script.steps.flatMap((s) => (s.kind === 'outcome' ? s.matters.map((m) => m.matter) : [])))]
  const [matters, hall, departments] = await Promise.all([
    Promise.all(ids.map((id) => api.matter(id, signal))),
    api.hall(signal),
    api.departments(signal),
  ])
  return { matters, hall, departments, serviceTimes: [], themes: [], forms: [], scenes: [script], strings: { zh: {}, en: {} } }
}
