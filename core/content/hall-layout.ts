import { z } from 'zod'
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
