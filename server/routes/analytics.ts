import { Hono } from 'hono'
import { chinaDate } from '../../core/calendar/working-days.ts'
import { JourneyEvent } from '../../core/feedback/journey-events.ts'
import { readJsonBody } from '../http/json-body.ts'
import { ApiError } from '../http/api-error.ts'
import { limiterFor } from '../http/rate-limit.ts'
import { catalogueOf, type FeedbackDeps } from '../feedback/feedback-deps.ts'

/** One start and one end per journey id: a journey never sends more, so a repeat is a replay. */
const oncePerJourney = { perMinute: 1 / 60, burst: 1 }

/**
 * Anonymous journey events, mounted under /api/analytics: `POST /events` takes
 * `{ kind, journey, scene, step, outcome? }` naming a real scene and step, and stores it with the day
 * only: no address, no time of day, no answers, not the journey id.
 *
 * Limits: ANALYTICS_RATE_PER_MINUTE per address, sized for a hall of kiosks behind one address; and
 * each journey id counts once as started and once as stopped or finished, so one page repeating
 * itself cannot inflate the funnel (a repeat answers 409 `journey_event_repeated`).
 *
 * @example app.route('/api/analytics', analyticsRoutes(deps))
 */
export function analyticsRoutes(deps: FeedbackDeps): Hono {
  const limit = limiterFor(deps.limits, deps.clock)('journey-event', deps.settings.analyticsRatePerMinute, Math.max(1, Math.ceil(deps.settings.analyticsRatePerMinute / 5)))
  return new Hono().post('/events', async (c) => {
    await limit(c)
    const event = await readJsonBody(c, JourneyEvent)
    const script = catalogueOf(deps).scenes.find((s) => s.id === event.scene)
    const step = script?.steps.find((s) => s.id === event.step)
    if (!script || !step) throw new ApiError(422, 'unknown_step', `The situation "${event.scene}" has no step "${event.step}".`)
    if (event.outcome !== undefined && !script.steps.some((s) => s.id === event.outcome && s.kind === 'outcome')) {
      throw new ApiError(422, 'unknown_outcome', `The situation "${event.scene}" has no outcome "${event.outcome}".`)
    }
    const phase = event.kind === 'started' ? 'start' : 'end'
    const verdict = await deps.limits.store.take(`journey-${phase}`, event.journey, deps.clock(), oncePerJourney)
    if (!verdict.allowed) throw new ApiError(409, 'journey_event_repeated', `This journey already sent its ${phase} event; it counts once.`)
    const { journey: _journey, ...record } = event
    await deps.feedback.recordJourneyEvent({ ...record, day: chinaDate(deps.clock()) })
    return c.body(null, 204)
  })
}
