import type { Hono } from 'hono'
import type { Catalogue } from '../core/content/catalogue.ts'
import { createCipher } from './crypto/cipher.ts'
import { loadDataKey } from './crypto/data-key.ts'
import type { DraftDeps } from './drafts/draft-deps.ts'
import { mountDraftApi } from './drafts/mount-draft-api.ts'
import { openFeedback } from './feedback/open-feedback.ts'
import { clientAddress } from './http/client-address.ts'
import type { ClientLimits } from './http/rate-limit.ts'
import type { KioskSettings } from './kiosk/settings.ts'
import { draftOperations } from './openapi/draft-operations.ts'
import { feedbackOperations } from './openapi/feedback-operations.ts'
import { kioskOperations } from './openapi/kiosk-operations.ts'
import type { Operation } from './openapi/operations.ts'
import { staffOperations } from './openapi/staff-operations.ts'
import { studioOperations } from './openapi/studio-operations.ts'
import { handoffRoutes } from './routes/handoff.ts'
import { kioskHome, kioskRoutes } from './routes/kiosk.ts'
import { studioRoutes, type StudioSettings } from './routes/studio.ts'
import type { Settings } from './settings.ts'
import { startPurge } from './store/purge.ts'
import { openStores } from './store/stores.ts'

export type ServiceOptions = {
  settings: Settings
  kiosk: KioskSettings
  studio: StudioSettings
  catalogue: Catalogue
  log: (at: Settings['logLevel'], message: string) => void
  /** For start-up problems a person can fix (a bad feedback setting or calendar file): main.ts prints the message and exits. */
  fail: (message: string) => never
}

/**
 * Drafts, applications, feedback, the staff desk, phone hand-offs, the kiosk and the studio: the routes
 * that keep state, with the OpenAPI operations that describe them. main.ts passes them to createApp as
 * `extraRoutes` and `extraOperations`; open-services.test.ts builds the same app to check that every
 * mounted /api route is documented.
 *
 * @example const services = await openServices(options); createApp({ catalogue, settings, extraRoutes: services.mount, extraOperations: services.operations })
 */
export async function openServices({ settings, kiosk, studio, catalogue, log, fail }: ServiceOptions) {
  // The drafts' database first: it refuses to start on a lost or damaged file before anything else writes to DATA_DIR.
  const stores = await openStores(settings)
  const { repo, handoffs } = stores
  const clock = () => new Date()
  const crypto = createCipher(loadDataKey(settings, (m) => log('warn', m)))
  const store = stores.rateLimits((client) => crypto.hash('rate-limit', client))
  const limits: ClientLimits = { store, clientOf: clientAddress(settings.trustedProxies.block) }
  const drafts: DraftDeps = { repo, catalogue, settings, clock, crypto, limits }
  const feedback = await openFeedback({ settings, feedback: stores.feedback, drafts, catalogue }).catch((e: Error) => fail(e.message)) // evaluations, tickets, staff desk (issue 8)
  const stopPurge = startPurge({ repo, handoffs, limits: store, clock, intervalMinutes: settings.purgeIntervalMinutes, log: (m) => log('info', m) })
  const studioOn = studio.studio !== 'off'
  const mount = (app: Hono) => {
    mountDraftApi(app, drafts)
    feedback.mount(app)
    app.route('/api/handoffs', handoffRoutes({ store: handoffs, drafts, catalogue, settings: { ...kiosk, ...settings } }))
    app.route('/api/kiosk', kioskRoutes(kiosk))
    app.get('/', kioskHome(kiosk))
    // The server refuses to start on bad content, so the studio here always shows a clean check.
    if (studioOn) app.route('/api/studio', studioRoutes(() => ({ catalogue, problems: [] }), studio))
  }
  const operations: Operation[] = [...draftOperations, ...feedbackOperations, ...staffOperations, ...kioskOperations, ...(studioOn ? studioOperations : [])]
  const close = async () => {
    stopPurge()
    await stores.close()
  }
  // Drafts apply their own DRAFT_MAX_KB, larger than the app-wide body limit.
  const ownBodyLimit = ['/api/drafts']
  return { mount, operations, ownBodyLimit, close, storeKind: stores.kind, stores }
}
