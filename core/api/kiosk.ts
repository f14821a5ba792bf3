import { z } from 'zod'

/**
 * The kiosk's API (/api/kiosk, /api/handoffs): the one definition of what the server answers, for
 * the routes, the OpenAPI document and the kiosk page alike.
 */

export const kioskPapers = ['a4', '80mm'] as const

/** The kiosk's timers and paper, from GET /api/kiosk/config. */
export const KioskConfig = z.object({
  idleSeconds: z.number().int(),
  warningSeconds: z.number().int(),
  paper: z.enum(kioskPapers),
  reloadHours: z.number(),
  handoffTtlMinutes: z.number().int(),
})
export type KioskConfig = z.infer<typeof KioskConfig>

/** A new hand-off code. `revokeKey` is the kiosk's alone: the server cancels the code only with it. */
export const Handoff = z.object({
  code: z.string().describe('6 characters, shown under the QR code'),
  url: z.string().describe('the phone\'s link, PUBLIC_ORIGIN/h/<code>'),
  revokeKey: z.string().describe('the kiosk\'s key to cancel the code (DELETE with Authorization: Bearer <revokeKey>); keep it, never show it'),
  expiresAt: z.string(),
})
export type Handoff = z.infer<typeof Handoff>

/** Where the phone continues after following a code. */
export const HandoffTarget = z.object({
  kind: z.enum(['draft', 'result']),
  continueTo: z.string().describe('where the phone goes: /resume#<token> (the token after the #, never sent to a server), or /situations/<id>?a=<answers>'),
  expiresAt: z.string(),
})
export type HandoffTarget = z.infer<typeof HandoffTarget>
