import type { HallPlan, PlanWindow, Rect } from '../../core/content/hall-layout.ts'
import { locales, type Locale, type Text } from '../../core/content/text.ts'
import { centreOf, contains } from '../../core/hall/geometry.ts'
import type { Words } from '../../core/i18n/words.ts'

/** One stop of the start screen's tour: a zone, its name and what is handled there, in both languages. */
export type TourStop = {
  zone: string
  /** The guide waves at the first stop and walks to the others. */
  cue: 'greet' | 'walk'
  /** "企业开办专区 · 1–6 号窗口" */
  title: Text
  /** "办理：企业设立登记、个体工商户设立登记等 6 项", or the facilities of a zone without windows; none if nothing is known. */
  detail?: Text
  /** What the guide's bubble says: the title and the detail on two lines. */
  say: Text
}

/** How many matters a stop names before "and N more": a passer-by reads a line, not a list. */
const namedMatters = 2

/**
 * The tour of `layout`, one stop per zone in the layout's order. A zone with windows says which
 * windows and the matters they handle (the first few the plan names, and how many in all); a zone without
 * windows names the facilities in it ("导服台、取号机"), numbered ones once ("自助服务终端"). Both
 * languages, in the words of content/i18n.
 */
export function tourStops(layout: HallPlan, words: Words): TourStop[] {
  return layout.zones.map((zone, i) => {
    const windows = layout.windows.filter((w) => w.zone === zone.id).sort((a, b) => a.number - b.number)
    const title = windows.length === 0 ? zone.name : both((l) => `${zone.name[l]} · ${windowsName(windows, l, words)}`)
    const detail = windows.length > 0 ? handled(windows, zone.matterCount, words) : facilities(layout, zone.rect, words)
    const say = detail ? both((l) => `${title[l]}\n${detail[l]}`) : title
    return { zone: zone.id, cue: i === 0 ? 'greet' : 'walk', title, ...(detail && { detail }), say }
  })
}

/** "大厅分区：导服区、企业开办专区…": the still overview's words under reduced motion. */
export function overviewText(layout: HallPlan, words: Words): Text {
  return both((l) => words(l, 'kiosk.tour.overview', { list: layout.zones.map((z) => z.name[l]).join(words(l, 'list.separator')) }))
}

function windowsName(windows: PlanWindow[], l: Locale, words: Words): string {
  if (windows.length === 1) return words(l, 'hall.window', { n: windows[0]!.number })
  return words(l, 'kiosk.tour.windows', { numbers: ranges(windows.map((w) => w.number)).join(words(l, 'list.separator')) })
}

/** [1, 2, 3, 5] -> ["1–3", "5"] */
export function ranges(numbers: number[]): string[] {
  const out: string[] = []
  for (let i = 0; i < numbers.length; i++) {
    let j = i
    while (j + 1 < numbers.length && numbers[j + 1] === numbers[j]! + 1) j++
    out.push(j > i ? `${numbers[i]}–${numbers[j]}` : String(numbers[i]))
    i = j
  }
  return out
}

function handled(windows: PlanWindow[], total: number, words: Words): Text | undefined {
  // The total counts every matter of the zone's windows, named or not: the plan names only the first few of each window.
  const named = [...new Map(windows.flatMap((w) => w.matters).map((m) => [m.id, m.name])).values()]
  if (named.length === 0) return undefined
  const shown = named.slice(0, namedMatters)
  return both((l) => {
    const list = shown.map((n) => n[l]).join(words(l, 'list.separator'))
    if (total <= shown.length) return words(l, 'kiosk.tour.handles', { list })
    return words(l, 'kiosk.tour.handles-more', { list, total })
  })
}

function facilities(layout: HallPlan, zone: Rect, words: Words): Text | undefined {
  const inside = layout.facilities.filter((f) => contains(zone, centreOf(f.rect)))
  if (inside.length === 0) return undefined
  return both((l) => {
    const list = [...new Set(inside.map((f) => f.name[l].replace(/\s*\d+$/, '')))].join(words(l, 'list.separator'))
    return words(l, 'kiosk.tour.here', { list })
  })
}

function both(make: (l: Locale) => string): Text {
  return Object.fromEntries(locales.map((l) => [l, make(l)])) as Text
}
