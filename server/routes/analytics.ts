import { Hono } from 'hono'
import { chinaDate } from '../../core/calendar/working-days.ts'
import { JourneyEvent } from '../../core/feedback/journey-events.ts'
import { readJsonBody } from '../http/json-body.ts'
import { ApiError } from '../http/api-error.ts'
import { catalogueOf, publicLimit, type FeedbackDeps } from '../feedback/feedback-deps.ts'

/**
 * Anonymous journey events, mounted under /api/analytics: `POST /events` takes
 * `{ kind, scene, step, outcome? }` naming a real scene and step, and stores it with the day only:
 * no address, no time of day, no answers.
 *
 * @example app.route('/api/analytics', analyticsRoutes(deps))
 */
export function analyticsRoutes(deps: FeedbackDeps): Hono {
  const limit = publicLimit(deps, 'journey-event')
  return new Hono().post('/events', async (c) => {
    await limit(c)
    const event = await readJsonBody(c, JourneyEvent)
    const script = catalogueOf(deps).scenes.find((s) => s.id === event.scene)
    const step = script?.steps.find((s) => s.id === event.step)
    if (!script || !step) throw new ApiError(422, 'unknown_step', `The situation "${event.scene}" has no step "${event.step}".`)
    if (event.outcome !== undefined && !script.steps.some((s) => s.id === event.outcome && s.kind === 'outcome')) {
      throw new ApiError(422, 'unknown_outcome', `The situation "${event.scene}" has no outcome "${event.outcome}".`)
    }
    await deps.feedback.recordJourneyEvent({ ...event, day: chinaDate(deps.clock()) })
    return c.body(null, 204)
  })
}
