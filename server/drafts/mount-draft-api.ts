import type { Hono } from 'hono'
import { draftByTokenRoutes, draftRoutes } from '../routes/drafts.ts'
import type { DraftDeps } from './draft-deps.ts'

/**
 * Mounts /api/drafts and /api/draft (the draft its Draft-Token header names) on an app (/api/applications, which needs the matters and the calendar, comes with the feedback API), e.g. as the main app's `extraRoutes`.
 *
 * @example createApp({ catalogue, settings, extraRoutes: (app) => mountDraftApi(app, deps) })
 */
export function mountDraftApi(app: Hono, deps: DraftDeps): void {
  app.route('/api/drafts', draftRoutes(deps))
  app.route('/api/draft', draftByTokenRoutes(deps))
}
