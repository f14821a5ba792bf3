import type { SceneScript } from '../../core/scenes/script.ts'
import { loadOutcomeCatalogue } from '../state/outcome-catalogue.ts'
import { api } from './api.ts'

/**
 * The queries more than one place asks for, each with its one cache key, so the pages, the hall and the
 * kiosk share one cached answer instead of fetching twice.
 * Use as `createQuery(() => queries.scene(id))`, or spread to add options such as `enabled`.
 */
export const queries = {
  scene: (id: string) => ({ queryKey: ['scene', id], queryFn: ({ signal }: { signal: AbortSignal }) => api.scene(id, signal) }),
  scenes: () => ({ queryKey: ['scenes'], queryFn: ({ signal }: { signal: AbortSignal }) => api.scenes(signal) }),
  themes: () => ({ queryKey: ['themes'], queryFn: ({ signal }: { signal: AbortSignal }) => api.themes(signal) }),
  departments: () => ({ queryKey: ['departments'], queryFn: ({ signal }: { signal: AbortSignal }) => api.departments(signal) }),
  hall: () => ({ queryKey: ['hall'], queryFn: ({ signal }: { signal: AbortSignal }) => api.hall(signal) }),
  /** What the 一次告知单 of one script needs (client/state/outcome-catalogue.ts). */
  outcomeCatalogue: (script: SceneScript) => ({
    queryKey: ['outcome-catalogue', script.id],
    queryFn: ({ signal }: { signal: AbortSignal }) => loadOutcomeCatalogue(script, signal),
  }),
}
