import { locales } from '../../core/content/text.ts'
import { api } from '../api/api.ts'
import { i18n } from '../app/i18n.svelte.ts'
import type { TourWorld } from './attract-tour.svelte.ts'

/** How long the start screen must be left alone before the hall loads, so a quick first touch never waits on it. */
const quietMs = 1500

/** The browser's side of the start screen's tour: the content API, the lazily loaded hall, the media query. */
export function browserTourWorld(): TourWorld {
  return {
    load: async () => {
      // The names only make the tour's words nicer: without them it still says where the windows are.
      // The tour speaks both languages at once, so the words of the one not chosen are loaded too.
      const [layout, departments] = await Promise.all([api.hall(), api.departments().catch(() => []), ...locales.map((l) => i18n.load(l))])
      return { layout, names: { departments }, words: i18n.words }
    },
    // Pixi is most of the kiosk's script: it loads only here, never for a visit.
    mount: async (host, options) => (await import('../hall/mount-hall.ts')).mountHall(host, options),
    reducedMotion: matchMedia('(prefers-reduced-motion: reduce)'),
    locale: () => i18n.locale,
    later: (run) => {
      let idle: number | undefined
      const timer = setTimeout(() => (idle = typeof requestIdleCallback === 'function' ? requestIdleCallback(run, { timeout: 2000 }) : void run()), quietMs)
      return () => {
        clearTimeout(timer)
        if (idle !== undefined) cancelIdleCallback(idle)
      }
    },
  }
}
