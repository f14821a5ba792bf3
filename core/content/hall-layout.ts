import { z } from 'zod'
import { namedPerWindow } from '../api/page-sizes.ts'
import { Slug, Text } from './text.ts'

/** A point in hall units (1 unit = 1 cm of the real floor), origin at the top-left corner of the plan. */
export const Point = z.object({ x: z.number(), y: z.number() }).strict()
export const Rect = z.object({ x: z.number(), y: z.number(), w: z.number().positive(), h: z.number().positive() }).strict()
export type Point = z.infer<typeof Point>
export type Rect = z.infer<typeof Rect>

/** Which side of a counter or desk the visitor stands on. */
export const Facing = z.enum(['north', 'south', 'east', 'west'])
export type Facing = z.infer<typeof Facing>

export const Zone = z
  .object({
    id: Slug,
    name: Text.describe('e.g. 综合受理区 / General acceptance area'),
    kind: z.enum(['acceptance', 'self-service', 'waiting', 'guide', 'special', 'business']),
    rect: Rect,
  })
  .strict()
export type Zone = z.infer<typeof Zone>

/** A numbered service window (窗口) with its counter. */
export const HallWindow = z
  .object({
    number: z.number().int().positive(),
    zone: Slug,
    departments: z.array(Slug).min(1),
    matters: z.array(Slug).describe('matter ids handled here; each matter must list this window back'),
    label: Text.optional().describe('the sign over the window, e.g. 企业开办专窗 / Business start-up'),
    counter: Rect.describe('the counter, which people walk around'),
    facing: Facing.describe('the side of the counter where the visitor stands'),
    priority: z.boolean().default(false).describe('爱心窗口 for elderly, disabled and pregnant visitors'),
  })
  .strict()
export type HallWindow = z.infer<typeof HallWindow>

/** A fixed facility: the guide desk, ticket machine, kiosks, seating, entrance and so on. */
export const Facility = z
  .object({
    id: Slug,
    kind: z.enum(['entrance', 'guide-desk', 'ticket-machine', 'kiosk', 'seating', 'copier', 'restroom', 'lift', 'mailing']),
    name: Text,
    rect: Rect,
    facing: Facing.optional(),
    blocks: z.boolean().default(true).describe('false for open floor markings such as the entrance mat'),
  })
  .strict()
export type Facility = z.infer<typeof Facility>

/** `content/hall/layout.json`: the physical hall the animation copies. */
export const HallLayout = z
  .object({
    $schema: z.string().optional(),
    name: Text,
    address: Text,
    floor: Text,
    hours: Text,
    size: z.object({ w: z.number().positive(), h: z.number().positive() }).strict(),
    zones: z.array(Zone).min(1),
    windows: z.array(HallWindow).min(1),
    facilities: z.array(Facility),
  })
  .strict()
export type HallLayout = z.infer<typeof HallLayout>

/** A matter named on a window's sign: its id and name. */
export const NamedMatter = z.object({ id: Slug, name: Text }).strict()
export type NamedMatter = z.infer<typeof NamedMatter>

/**
 * What `GET /api/hall` serves: the layout with, for each zone and window, how many matters are
 * handled there and (for a window) the first few by name, never every matter id, so its size does
 * not grow with the catalogue. A window's whole list is a paged `/api/matters?window=N` away.
 */
export const HallPlan = HallLayout.omit({ $schema: true, zones: true, windows: true })
  .extend({
    zones: z.array(Zone.extend({ matterCount: z.number().int().min(0).describe('distinct matters handled at the windows of this zone') }).strict()).min(1),
    windows: z
      .array(
        HallWindow.omit({ matters: true })
          .extend({
            matterCount: z.number().int().min(0).describe('matters handled at this window'),
            matters: z.array(NamedMatter).max(namedPerWindow).describe(`the first ${namedPerWindow} at most, by name`),
          })
          .strict(),
      )
      .min(1),
  })
  .strict()
export type HallPlan = z.infer<typeof HallPlan>
export type PlanWindow = HallPlan['windows'][number]

/**
 * The plan of `layout`, with each window's matters from `mattersAt` (its whole list, of which the
 * plan names the first few), or without it counted from the layout's own matter ids and unnamed.
 *
 * @example hallPlan(layout, (n) => mattersByWindow.get(n) ?? []).windows[0] // { number: 1, matterCount: 1200, matters: [{ id, name }, …6], … }
 */
export function hallPlan(layout: HallLayout, mattersAt?: (window: number) => readonly NamedMatter[]): HallPlan {
  const { $schema: _, zones, windows, ...shared } = layout
  const ids = (w: HallWindow) => mattersAt?.(w.number).map((m) => m.id) ?? w.matters
  const named = (w: HallWindow) => (mattersAt?.(w.number) ?? []).slice(0, namedPerWindow).map((m) => ({ id: m.id, name: m.name }))
  return {
    ...shared,
    zones: zones.map((z) => ({ ...z, matterCount: new Set(windows.filter((w) => w.zone === z.id).flatMap(ids)).size })),
    windows: windows.map((w) => {
      const { matters: _, ...window } = w
      return { ...window, matterCount: ids(w).length, matters: named(w) }
    }),
  }
}
