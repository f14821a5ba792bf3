import type { Server } from 'node:http'
import { serve } from '@hono/node-server'
import { createApp } from './app.ts'
import { ContentInvalidError, loadContentOrExplain } from './content/load-content.ts'
import { loadIdentitySettings, type IdentitySettings } from './identity/settings.ts'
import { loadKioskSettings, type KioskSettings } from './kiosk/settings.ts'
import { openServices } from './open-services.ts'
import { loadLicenceSettings, type LicenceSettings } from './licences/settings.ts'
import { loadStudioSettings, type StudioSettings } from './routes/studio.ts'
import { logger } from './log.ts'
import { loadSettings, SettingsError, type Settings } from './settings.ts'
import { StoreStartError } from './store/sqlite-file.ts'

/** Start-up problems a person can fix: print the message (no stack) and exit 1. */
function fail(message: string): never {
  console.error(message)
  process.exit(1)
}

function readSettings(): { settings: Settings; kiosk: KioskSettings; studio: StudioSettings; identity: IdentitySettings; licence: LicenceSettings } {
  try {
    return { settings: loadSettings(), kiosk: loadKioskSettings(), studio: loadStudioSettings(), identity: loadIdentitySettings(), licence: loadLicenceSettings() }
  } catch (e) {
    if (e instanceof SettingsError) fail(e.message)
    throw e
  }
}

async function main(): Promise<void> {
  const { settings, kiosk, studio, identity, licence } = readSettings()
  const log = logger(settings.logLevel)
  const catalogue = await loadContentOrExplain(settings.contentDir).catch((e: unknown) => {
    if (e instanceof ContentInvalidError) fail(e.message)
    throw e
  })
  const services = await openServices({ settings, kiosk, studio, identity, licence, catalogue, log, fail }).catch((e: unknown) => {
    if (e instanceof StoreStartError) fail(e.message)
    throw e
  })
  const app = createApp({ catalogue, settings, clientDir: settings.clientDir, ...services.app })
  const server = serve({ fetch: app.fetch, port: settings.port, hostname: settings.host }, (info) => {
    const shown = settings.host === '0.0.0.0' || settings.host === '::' ? 'localhost' : settings.host
    log('info', `Serving ${catalogue.matters.length} matters and ${catalogue.scenes.length} scenes (drafts in ${services.storeKind}; sign-in ${identity.oidc ? `through ${identity.oidc.issuer}` : 'off: anonymous only'}) at http://${shown}:${info.port}/`)
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
