import type { HallPlan } from '../../core/content/hall-layout.ts'
import type { Text } from '../../core/content/text.ts'

/** A zone's bilingual name from the hall layout, or its id while the layout loads. */
export function zoneName(hall: HallPlan | undefined, zone: string): Text {
  return hall?.zones.find((z) => z.id === zone)?.name ?? { zh: zone, en: zone }
}
