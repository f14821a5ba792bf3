import { Hono, type MiddlewareHandler } from 'hono'
import type { Catalogue } from '../core/content/catalogue.ts'
import { limitBody } from './http/body-limit.ts'
import { notFound, onError } from './http/on-error.ts'
import { requestLog } from './http/request-log.ts'
import { knownIds } from './http/route-preloads.ts'
import { sameOriginWrites } from './http/same-origin.ts'
import { securityHeaders } from './http/security-headers.ts'
import { clientFiles, isApiPath, spaFallback } from './http/static-files.ts'
import { refuseUnstorableUrlText } from './http/url-text.ts'
import { contentOperations, type Operation } from './openapi/operations.ts'
import { departmentRoutes } from './routes/departments.ts'
import { formRoutes } from './routes/forms.ts'
import { hallRoutes } from './routes/hall.ts'
import { healthRoutes } from './routes/health.ts'
import { i18nRoutes } from './routes/i18n.ts'
import { matterRoutes } from './routes/matters.ts'
import { openApiRoutes } from './routes/openapi.ts'
import { sceneRoutes } from './routes/scenes.ts'
import { serveContent } from './routes/served-content.ts'
import { themeRoutes } from './routes/themes.ts'
import type { Settings } from './settings.ts'

export type AppDeps = {
  catalogue: Catalogue
  settings: Settings
  /** Adds routes after the content routes (drafts, applications), inside the same middleware and error path. */
  extraRoutes?: (app: Hono) => void
  /** How the extra routes appear in /api/openapi.json. */
  extraOperations?: Operation[]
  /**
   * Path prefixes whose routes set their own body limit (drafts allow DRAFT_MAX_KB), so the
   * app-wide BODY_LIMIT_BYTES does not cut them short first.
   */
  ownBodyLimit?: string[]
  /** Mounted on /api/* before anything that can refuse a request (open-services' holdMalformedRefusals). */
  guard?: MiddlewareHandler
  /** The built client (dist/client); without it only the API is served. */
  clientDir?: string
}

/**
 * The whole HTTP app for one catalogue version: content API, OpenAPI document, health check and the
 * built client. Build a new app when the catalogue changes; every cache lives and dies with it.
 *
 * @example
 * const app = createApp({ catalogue, settings: loadSettings() })
 * const res = await app.request('/api/matters?q=yyzz')
 */
export function createApp(deps: AppDeps): Hono {
  const { catalogue, settings } = deps
  const content = serveContent(catalogue)
  const app = new Hono()
  app.onError(onError)
  if (settings.logLevel === 'debug') app.use(requestLog(console.log))
  app.use(securityHeaders())
  if (deps.guard) app.use('/api/*', deps.guard)
  const limit = limitBody(settings.bodyLimitBytes)
  const exempt = deps.ownBodyLimit ?? []
  app.use('/api/*', (c, next) => (exempt.some((p) => c.req.path.startsWith(p)) ? next() : limit(c, next)))
  app.use('/api/*', sameOriginWrites(settings.publicOrigin))
  app.use('/api/*', refuseUnstorableUrlText())

  app.route('/healthz', healthRoutes(content))
  app.route('/api/matters', matterRoutes(content))
  app.route('/api/departments', departmentRoutes(content))
  app.route('/api/themes', themeRoutes(content))
  app.route('/api/hall', hallRoutes(content))
  app.route('/api/forms', formRoutes(content))
  app.route('/api/scenes', sceneRoutes(content))
  app.route('/api/i18n', i18nRoutes(content))
  app.route('/api/openapi.json', openApiRoutes(() => [...contentOperations(catalogue), ...(deps.extraOperations ?? [])]))
  deps.extraRoutes?.(app)

  const spa = deps.clientDir === undefined ? undefined : spaFallback(deps.clientDir, knownIds(catalogue))
  if (deps.clientDir !== undefined) app.use(clientFiles(deps.clientDir))
  app.notFound((c) => (isApiPath(c.req.path) ? notFound(c) : (spa?.(c) ?? notFound(c))))
  return app
}
