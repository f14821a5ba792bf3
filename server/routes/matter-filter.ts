import { searchMatters, type SearchIndex } from '../../core/search/index.ts'
import { onlineDepths, type MatterSummary, type MattersQuery } from '../openapi/api-schemas.ts'

function onlineMatches(online: MatterSummary['online'], wanted: NonNullable<MattersQuery['online']>): boolean {
  if (wanted === 'true') return online.available
  if (wanted === 'false') return !online.available
  return online.available && onlineDepths.indexOf(online.depth) >= onlineDepths.indexOf(wanted)
}

/**
 * The matters a list query asks for: filters narrow, `q` ranks (best match first); without `q`
 * the catalogue order is kept.
 */
export function filterMatters(summaries: MatterSummary[], index: SearchIndex, query: Omit<MattersQuery, 'offset' | 'limit'>): MatterSummary[] {
  const keep = (m: MatterSummary) =>
    (query.department === undefined || m.department.id === query.department) &&
    (query.audience === undefined || m.audience.includes(query.audience)) &&
    (query.theme === undefined || m.themes.includes(query.theme)) &&
    (query.window === undefined || m.windows.includes(query.window)) &&
    (query.online === undefined || onlineMatches(m.online, query.online))
  if (query.q === undefined || query.q === '') return summaries.filter(keep)
  const byId = summariesById(summaries)
  return searchMatters(index, query.q).flatMap((hit) => {
    const m = byId.get(hit.id)
    return m !== undefined && keep(m) ? [m] : []
  })
}

// Built once per catalogue: over 3,000 matters, building it for every search took more than most searches.
const byIdOf = new WeakMap<MatterSummary[], Map<string, MatterSummary>>()
function summariesById(summaries: MatterSummary[]): Map<string, MatterSummary> {
  let byId = byIdOf.get(summaries)
  if (!byId) {
    byId = new Map(summaries.map((m) => [m.id, m]))
    byIdOf.set(summaries, byId)
  }
  return byId
}
