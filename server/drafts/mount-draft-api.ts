import type { Hono } from 'hono'
import { applicationRoutes } from '../routes/applications.ts'
import { draftRoutes } from '../routes/drafts.ts'
import type { DraftDeps } from './draft-deps.ts'

/**
 * Mounts /api/drafts and /api/applications on an app, e.g. as the main app's `extraRoutes`.
 *
 * @example createApp({ catalogue, settings, extraRoutes: (app) => mountDraftApi(app, deps) })
 */
export function mountDraftApi(app: Hono, deps: DraftDeps): void {
  app.route('/api/drafts', draftRoutes(deps))
  app.route('/api/applications', applicationRoutes(deps))
}
