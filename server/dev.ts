// npm run dev: one process on PORT serving the API (Hono) and the client (Vite, with HMR). It watches
// content/ and scenes/ and reloads the catalogue on every save: the open pages update without a reload
// (client/dev listens), and content with problems leaves the last good version running while the
// pages list every located problem.
import { existsSync, watch, type FSWatcher } from 'node:fs'
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import { join } from 'node:path'
import { getRequestListener } from '@hono/node-server'
import type { Hono } from 'hono'
import { createServer as createViteServer, type ViteDevServer } from 'vite'
import type { Catalogue } from '../core/content/catalogue.ts'
import { formatProblem, type Problem } from '../core/content/problem.ts'
import { createApp } from './app.ts'
import { contentFilesOnDisk } from './content/content-files.ts'
import { ContentInvalidError } from './content/load-content.ts'
import { contentReloader } from './content/reload-content.ts'
import { defaultClaimNames } from '../core/identity/citizen.ts'
import { startDemoProvider } from './identity/demo-provider.ts'
import { loadIdentitySettings, type IdentitySettings } from './identity/settings.ts'
import { loadKioskSettings, type KioskSettings } from './kiosk/settings.ts'
import { logger } from './log.ts'
import { openServices } from './open-services.ts'
import { loadLicenceSettings } from './licences/settings.ts'
import { studioOperations } from './openapi/studio-operations.ts'
import { studioFileRoutes } from './routes/studio-files.ts'
import { studioRoutes, loadStudioSettings, type StudioSettings, type StudioSource } from './routes/studio.ts'
import { loadSettings, repoRoot, SettingsError, type Settings } from './settings.ts'
import { StoreStartError } from './store/sqlite-file.ts'

/** What the open pages are told after each reload (client/dev/live-preview.ts listens). */
export type ContentEvent = { 'lobby:content': { version: string }; 'lobby:content-error': { problems: string[]; located: Problem[] } }

type Served = { app: Hono; version: string; source: StudioSource; close: () => Promise<void> }

function fail(message: string): never {
  console.error(message)
  process.exit(1)
}

/**
 * The whole app for one catalogue, with the drafts, forms, feedback, staff and kiosk services as in
 * production (they read forms and matters from the catalogue, so they are opened anew with it). The
 * studio here reads the live source, problems included, instead of the production studio's clean one.
 */
async function buildApp(catalogue: Catalogue, settings: Settings, kiosk: KioskSettings, studio: StudioSettings, identity: IdentitySettings, source: () => StudioSource) {
  const services = await openServices({ settings, kiosk, studio: { ...studio, studio: 'off' }, identity, licence: loadLicenceSettings(), catalogue, log: logger(settings.logLevel), fail }).catch((e: unknown) => {
    if (e instanceof StoreStartError) fail(e.message)
    throw e
  })
  const mount = (app: Hono) => {
    services.mount(app)
    if (studio.studio !== 'off') app.route('/api/studio', studioRoutes(source, studio))
    // Saving from the studio writes the editors' files, so it exists only here, with STUDIO=dev.
    if (studio.studio === 'dev') app.route('/api/studio', studioFileRoutes(contentFilesOnDisk(settings.contentDir)))
  }
  const app = createApp({ catalogue, settings, extraRoutes: mount, extraOperations: [...services.operations, ...(studio.studio !== 'off' ? studioOperations : [])], ownBodyLimit: services.ownBodyLimit, guard: services.guard })
  return { app, close: services.close }
}

/**
 * With no identity service set (OIDC_ISSUER), the demo provider with its demo citizens starts on a
 * loopback port so that signing in, 我的办件 and prefill can be tried; DEV_OIDC=off keeps dev anonymous.
 */
async function demoSignIn(settings: Settings, identity: IdentitySettings): Promise<{ identity: IdentitySettings; close: () => Promise<void> }> {
  if (identity.oidc || !identity.devOidc) return { identity, close: async () => undefined }
  const op = await startDemoProvider({ siteOrigin: settings.publicOrigin })
  console.log(`Demo identity provider (demo citizens only, never for production) at ${op.issuer}; DEV_OIDC=off turns it off`)
  const oidc = { issuer: op.issuer, clientId: op.clientId, clientSecret: op.clientSecret, scopes: 'openid profile phone', trustLevels: {}, claims: defaultClaimNames }
  return { identity: { ...identity, oidc }, close: op.close }
}

async function versionOf(app: Hono): Promise<string> {
  const health = (await (await app.request('/healthz')).json()) as { content: { version: string } }
  return health.content.version
}

/** Calls `onChange` 100 ms after the last change under content/ or scenes/ (generated schemas aside). */
function watchContent(root: string, onChange: () => void): FSWatcher[] {
  let timer: NodeJS.Timeout | undefined
  const changed = (file: string | null) => {
    if (file?.replace(/\\/g, '/').startsWith('schemas/')) return
    clearTimeout(timer)
    timer = setTimeout(onChange, 100)
  }
  return ['content', 'scenes'].map((dir) => watch(join(root, dir), { recursive: true }, (_, file) => changed(file)))
}

/**
 * Content is served with max-age=60 in production; here a save must show at once, so the browser
 * revalidates every time (its ETag still makes an unchanged answer a cheap 304).
 */
function withoutFreshness(response: Response): Response {
  if (!response.headers.has('Cache-Control') || response.headers.get('Cache-Control') === 'no-store') return response
  const copy = new Response(response.body, response)
  copy.headers.set('Cache-Control', 'no-cache')
  return copy
}

const clientRoot = join(repoRoot, 'client')

/** API paths go to Hono; the client's own modules under client/api/ (served at /api/*.ts) stay with Vite. */
function isApiRequest(path: string): boolean {
  if (path === '/healthz' || path.startsWith('/auth/')) return true
  if (path !== '/api' && !path.startsWith('/api/')) return false
  return !existsSync(join(clientRoot, decodeURIComponent(path)))
}

async function main(): Promise<void> {
  let settings: Settings
  let kiosk: KioskSettings
  let studio: StudioSettings
  let identity: IdentitySettings
  try {
    settings = loadSettings()
    kiosk = loadKioskSettings()
    studio = loadStudioSettings()
    identity = loadIdentitySettings()
  } catch (e) {
    if (e instanceof SettingsError) fail(e.message)
    throw e
  }
  const root = settings.contentDir
  const content = contentReloader(root)
  const first = await content.load()
  if (!first.catalogue) fail(new ContentInvalidError(first.problems).message)

  const demo = await demoSignIn(settings, identity)
  identity = demo.identity
  const source = () => served.source
  const built = await buildApp(first.catalogue, settings, kiosk, studio, identity, source)
  let served: Served = { ...built, version: await versionOf(built.app), source: { catalogue: first.catalogue, problems: [] } }

  const http = createServer()
  const vite = await createViteServer({
    configFile: join(repoRoot, 'vite.config.ts'),
    root: clientRoot,
    server: { middlewareMode: true, ws: { server: http } },
    appType: 'spa',
    // vite.config.ts proxies /api to a separate server on 8080; here the API is this very process.
    plugins: [{ name: 'lobby-api-in-process', config: (config) => void delete config.server?.proxy }],
  })
  const api = getRequestListener(async (request) => withoutFreshness(await served.app.fetch(request)))
  http.on('request', (req: IncomingMessage, res: ServerResponse) => {
    const path = (req.url ?? '/').split('?')[0]!
    if (isApiRequest(path)) return void api(req, res)
    vite.middlewares(req, res, () => {
      res.statusCode = 404
      res.end('Not found')
    })
  })

  const errorEvent = (problems: Problem[]): ContentEvent['lobby:content-error'] => ({ problems: problems.map(formatProblem), located: problems })
  // A page that connects while the content is broken is told at once (it says hello on start).
  vite.hot.on('lobby:hello', (_data, client) => {
    if (served.source.problems.length > 0) client.send('lobby:content-error', errorEvent(served.source.problems))
  })

  const reload = async () => {
    const next = await content.load().catch((e: Error) => ({ catalogue: null, problems: [{ file: 'content', line: 1, column: 1, pointer: '', message: `cannot read the files: ${e.message}`, zh: `无法读取文件：${e.message}` }] }))
    if (!next.catalogue) {
      served = { ...served, source: { catalogue: served.source.catalogue, problems: next.problems } }
      console.error(`${new ContentInvalidError(next.problems).message}\nStill serving the last good version.`)
      vite.hot.send('lobby:content-error', errorEvent(next.problems))
      return
    }
    const built = await buildApp(next.catalogue, settings, kiosk, studio, identity, source)
    const previous = served
    served = { ...built, version: await versionOf(built.app), source: { catalogue: next.catalogue, problems: [] } }
    // Requests already inside the previous app finish on its stores before they close.
    setTimeout(() => void previous.close(), 5_000).unref()
    console.log(`content reloaded (version ${served.version})`)
    vite.hot.send('lobby:content', { version: served.version })
  }
  let running = Promise.resolve()
  const watchers = watchContent(root, () => (running = running.then(reload)))

  http.listen(settings.port, settings.host, () => {
    const address = http.address()
    const port = typeof address === 'object' && address ? address.port : settings.port
    console.log(`Dev server at http://localhost:${port}/ (studio: ${studio.studio === 'off' ? 'off' : `http://localhost:${port}/studio`}); watching ${join(root, 'content')} and ${join(root, 'scenes')}`)
  })
  http.on('error', (e: NodeJS.ErrnoException) => fail(e.code === 'EADDRINUSE' ? `Port ${settings.port} is already in use: stop the other server or set PORT.` : `The dev server could not start: ${e.message}`))

  const shutdown = () => {
    watchers.forEach((w) => w.close())
    void Promise.allSettled([served.close(), vite.close(), demo.close()]).finally(() => http.close(() => process.exit(0)))
    http.closeAllConnections()
    setTimeout(() => process.exit(0), 3_000).unref()
  }
  process.once('SIGINT', shutdown)
  process.once('SIGTERM', shutdown)
}

await main()
