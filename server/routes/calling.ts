import { Hono } from 'hono'
import { z } from 'zod'
import { chinaDate } from '../../core/calendar/working-days.ts'
import type { HallTicket } from '../../core/live/ticket.ts'
import { ApiError } from '../http/api-error.ts'
import { readJsonBody } from '../http/json-body.ts'
import { zoneTimes, type LiveDeps } from '../live/live-deps.ts'
import { requireStaff, type StaffVariables } from '../staff/require-staff.ts'
import type { AuditEntry } from '../store/audit-log.ts'
import type { TicketChange } from '../store/live-store.ts'
import { ticketView } from './queue.ts'

const Zone = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'a zone id')
export const CallNextBody = z.object({ zone: Zone, window: z.number().int().positive() }).strict()
export const TicketActionBody = z.object({ action: z.enum(['recall', 'miss', 'finish', 'transfer']), zone: Zone.optional() }).strict()

/**
 * Calling (叫号) at the staff desk, under /api/staff/calling: `POST /next` calls the next ticket of a
 * zone to a window, `POST /tickets/{id}` recalls, marks missed (过号), transfers or finishes it.
 * Staff only; every action is in the audit log, in the same transaction as the change.
 *
 * @example app.route('/api/staff/calling', callingRoutes(deps))
 */
export function callingRoutes(deps: LiveDeps): Hono<{ Variables: StaffVariables }> {
  const app = new Hono<{ Variables: StaffVariables }>()
  app.use('*', requireStaff(deps.staff, deps.clock))

  app.post('/next', async (c) => {
    const body = await readJsonBody(c, CallNextBody)
    const zone = zoneTimes(deps, body.zone)
    const window = deps.catalogue.hall.windows.find((w) => w.number === body.window)
    if (!window || window.zone !== zone.zone) throw new ApiError(422, 'window_not_in_zone', `Window ${body.window} is not in the zone "${zone.zone}".`, { pointer: '/window' })
    const now = deps.clock()
    const staff = c.get('staff')
    const ticket = await deps.store.callNext(zone.zone, chinaDate(now), body.window, now, (t) => entry(staff.id, 'ticket.called', t, now, { window: body.window }))
    if (!ticket) return c.json({ ticket: null })
    await deps.hub.changed()
    return c.json({ ticket: await ticketView(deps, ticket) })
  })

  app.post('/tickets/:id', async (c) => {
    const body = await readJsonBody(c, TicketActionBody)
    if (body.action === 'transfer') {
      if (!body.zone) throw new ApiError(422, 'invalid_request', 'Name the zone to transfer to.', [{ pointer: '/zone', message: 'required for a transfer' }])
      zoneTimes(deps, body.zone)
    }
    const before = await deps.store.findTicket(c.req.param('id'))
    if (!before) throw new ApiError(404, 'ticket_not_found', 'No ticket has this id.')
    const change: TicketChange = body.action === 'transfer' ? { kind: 'transfer', zone: body.zone! } : { kind: body.action }
    const now = deps.clock()
    const ticket = await deps.store.changeTicket(before.id, change, now, entry(c.get('staff').id, `ticket.${body.action}`, before, now, change))
    if (!ticket) throw new ApiError(409, 'ticket_state_changed', `Ticket ${before.number} is ${before.status}: it cannot be ${body.action === 'miss' ? 'marked missed' : `${body.action}ed`} now.`)
    await deps.hub.changed()
    return c.json({ ticket: await ticketView(deps, ticket) })
  })
  return app
}

function entry(actor: string, action: string, t: HallTicket, at: Date, after: unknown): AuditEntry {
  return { at, actor: `staff:${actor}`, action, subject: `ticket:${t.number}@${t.date}`, before: { status: t.status, zone: t.zone, window: t.window }, after }
}
