import { didYouMean } from './did-you-mean.ts'
import type { SceneCheck, SceneProblem } from './scene-problem.ts'

/** A scene's `place` must be a zone, window or facility of content/hall/layout.json. */
export const unknownPlaces: SceneCheck = (script, catalogue) => {
  const { zones, windows, facilities } = catalogue.hall
  return script.steps.flatMap((step, i): SceneProblem[] => {
    if (step.kind !== 'scene') return []
    const place = step.place
    if ('zone' in place) {
      const ids = zones.map((z) => z.id)
      return ids.includes(place.zone)
        ? []
        : [
            {
              pointer: `/steps/${i}/place/zone`,
              message: `unknown zone "${place.zone}"${didYouMean(place.zone, ids) || ` (zones: ${ids.join(', ')})`}`,
              zh: `未知区域 "${place.zone}"${didYouMean(place.zone, ids, 'zh') || `（区域：${ids.join('、')}）`}`,
            },
          ]
    }
    if ('window' in place) {
      const numbers = windows.map((w) => w.number).sort((a, b) => a - b)
      return numbers.includes(place.window)
        ? []
        : [{ pointer: `/steps/${i}/place/window`, message: `there is no window ${place.window} in the hall (windows: ${numbers.join(', ')})`, zh: `大厅里没有 ${place.window} 号窗口（窗口：${numbers.join('、')}）` }]
    }
    const ids = facilities.map((f) => f.id)
    return ids.includes(place.facility)
      ? []
      : [
          {
            pointer: `/steps/${i}/place/facility`,
            message: `unknown facility "${place.facility}"${didYouMean(place.facility, ids) || ` (facilities: ${ids.join(', ')})`}`,
            zh: `未知设施 "${place.facility}"${didYouMean(place.facility, ids, 'zh') || `（设施：${ids.join('、')}）`}`,
          },
        ]
  })
}
