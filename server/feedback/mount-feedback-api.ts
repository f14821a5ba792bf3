import type { Hono } from 'hono'
import { applicationRoutes } from '../routes/applications.ts'
import { analyticsRoutes } from '../routes/analytics.ts'
import { evaluationRoutes } from '../routes/evaluations.ts'
import { staffRoutes } from '../routes/staff.ts'
import { publishedFaqRoutes, ticketRoutes } from '../routes/tickets.ts'
import type { FeedbackDeps } from './feedback-deps.ts'

/**
 * Mounts application look-ups and corrections, evaluations, tickets, published FAQ, journey analytics and the staff API on an app, e.g.
 * inside the main app's `extraRoutes`.
 *
 * @example createApp({ catalogue, settings, extraRoutes: (app) => mountFeedbackApi(app, deps) })
 */
export function mountFeedbackApi(app: Hono, deps: FeedbackDeps): void {
  app.route('/api/applications', applicationRoutes(deps))
  app.route('/api/evaluations', evaluationRoutes(deps))
  app.route('/api/tickets', ticketRoutes(deps))
  app.route('/api/matters', publishedFaqRoutes(deps))
  app.route('/api/analytics', analyticsRoutes(deps))
  app.route('/api/staff', staffRoutes(deps))
}
