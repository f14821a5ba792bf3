import type { Server } from 'node:http'
import { serve } from '@hono/node-server'
import type { Hono } from 'hono'
import type { Catalogue } from '../core/content/catalogue.ts'
import { createApp } from './app.ts'
import { ContentInvalidError, loadContentOrExplain } from './content/load-content.ts'
import { createCipher } from './crypto/cipher.ts'
import { loadDataKey } from './crypto/data-key.ts'
import type { DraftDeps } from './drafts/draft-deps.ts'
import { mountDraftApi } from './drafts/mount-draft-api.ts'
import { startDraftPurge } from './drafts/purge.ts'
import { openFeedback } from './feedback/open-feedback.ts'
import { loadKioskSettings, type KioskSettings } from './kiosk/settings.ts'
import { handoffRoutes } from './routes/handoff.ts'
import { kioskHome, kioskRoutes } from './routes/kiosk.ts'
import { loadStudioSettings, studioRoutes, type StudioSettings } from './routes/studio.ts'
import { loadSettings, logLevels, SettingsError, type Settings } from './settings.ts'
import { openHandoffStore } from './store/open-handoff-store.ts'
import { openRepository } from './store/open-repository.ts'

/** Start-up problems a person can fix: print the message (no stack) and exit 1. */
function fail(message: string): never {
  console.error(message)
  process.exit(1)
}

function logger(level: Settings['logLevel']) {
  const threshold = logLevels.indexOf(level)
  return (at: Settings['logLevel'], message: string) => {
    if (logLevels.indexOf(at) >= threshold && level !== 'silent') (at === 'error' || at === 'warn' ? console.error : console.log)(message)
  }
}

function readSettings(): { settings: Settings; kiosk: KioskSettings; studio: StudioSettings } {
  try {
    return { settings: loadSettings(), kiosk: loadKioskSettings(), studio: loadStudioSettings() }
  } catch (e) {
    if (e instanceof SettingsError) fail(e.message)
    throw e
  }
}

/** Drafts, applications, phone hand-offs and the kiosk: the routes that keep state, mounted as extraRoutes. */
async function openServices(settings: Settings, kiosk: KioskSettings, studio: StudioSettings, catalogue: Catalogue, log: ReturnType<typeof logger>) {
  const repo = await openRepository(settings)
  const handoffs = await openHandoffStore(settings)
  const clock = () => new Date()
  const drafts: DraftDeps = { repo, catalogue, settings, clock, crypto: createCipher(loadDataKey(settings, (m) => log('warn', m))) }
  const feedback = await openFeedback({ settings, drafts, catalogue }).catch((e: Error) => fail(e.message)) // evaluations, tickets, staff desk (issue 8)
  const stopPurge = startDraftPurge({ repo, clock, intervalMinutes: settings.purgeIntervalMinutes, log: (m) => log('info', m) })
  const mount = (app: Hono) => {
    mountDraftApi(app, drafts)
    feedback.mount(app)
    app.route('/api/handoffs', handoffRoutes({ store: handoffs, drafts, catalogue, settings: { ...kiosk, lookupRatePerMinute: settings.lookupRatePerMinute } }))
    app.route('/api/kiosk', kioskRoutes(kiosk))
    app.get('/', kioskHome(kiosk))
    // The server refuses to start on bad content, so the studio here always shows a clean check.
    if (studio.studio !== 'off') app.route('/api/studio', studioRoutes(() => ({ catalogue, problems: [] }), studio))
  }
  const close = async () => {
    stopPurge()
    await Promise.allSettled([repo.close(), handoffs.close(), feedback.close()])
  }
  return { mount, close, storeKind: repo.kind }
}

async function main(): Promise<void> {
  const { settings, kiosk, studio } = readSettings()
  const log = logger(settings.logLevel)
  const catalogue = await loadContentOrExplain(settings.contentDir).catch((e: unknown) => {
    if (e instanceof ContentInvalidError) fail(e.message)
    throw e
  })
  const services = await openServices(settings, kiosk, studio, catalogue, log)
  const app = createApp({ catalogue, settings, clientDir: settings.clientDir, extraRoutes: services.mount, ownBodyLimit: ['/api/drafts'] })
  const server = serve({ fetch: app.fetch, port: settings.port, hostname: settings.host }, (info) => {
    const shown = settings.host === '0.0.0.0' || settings.host === '::' ? 'localhost' : settings.host
    log('info', `Serving ${catalogue.matters.length} matters and ${catalogue.scenes.length} scenes (drafts in ${services.storeKind}) at http://${shown}:${info.port}/`)
  }) as Server
  server.on('error', (e: NodeJS.ErrnoException) =>
    fail(e.code === 'EADDRINUSE' ? `Port ${settings.port} on ${settings.host} is already in use: stop the other server or set PORT.` : `The server could not start: ${e.message}`),
  )

  // Finish requests in flight, close the stores, then exit; give up after 10 s so a stuck client cannot block a deploy.
  const shutdown = (signal: string) => {
    log('info', `${signal}: closing the server`)
    server.close(() => void services.close().then(() => process.exit(0)))
    server.closeIdleConnections()
    setTimeout(() => process.exit(1), 10_000).unref()
  }
  process.once('SIGINT', () => shutdown('SIGINT'))
  process.once('SIGTERM', () => shutdown('SIGTERM'))
}

await main()
