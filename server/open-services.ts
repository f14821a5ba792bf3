import type { Hono } from 'hono'
import type { Catalogue } from '../core/content/catalogue.ts'
import { createCipher } from './crypto/cipher.ts'
import { loadDataKey } from './crypto/data-key.ts'
import type { DraftDeps } from './drafts/draft-deps.ts'
import { mountDraftApi } from './drafts/mount-draft-api.ts'
import { openFeedback } from './feedback/open-feedback.ts'
import { clientAddress } from './http/client-address.ts'
import { refusalHold } from './http/refusal-hold.ts'
import { holdMalformedRefusals } from './http/malformed-refusals.ts'
import type { SharedDeps } from './http/shared-deps.ts'
import type { KioskSettings } from './kiosk/settings.ts'
import { applicationOperations } from './openapi/application-operations.ts'
import { draftOperations } from './openapi/draft-operations.ts'
import { feedbackOperations } from './openapi/feedback-operations.ts'
import { kioskOperations } from './openapi/kiosk-operations.ts'
import { liveOperations } from './openapi/live-operations.ts'
import { openLive } from './live/open-live.ts'
import type { Operation } from './openapi/operations.ts'
import { staffOperations } from './openapi/staff-operations.ts'
import { studioOperations } from './openapi/studio-operations.ts'
import { oidcClient } from './identity/oidc-client.ts'
import { readSessions, type SessionDeps } from './identity/sessions.ts'
import type { IdentitySettings } from './identity/settings.ts'
import { meOperations } from './openapi/me-operations.ts'
import { authRoutes } from './routes/auth.ts'
import { handoffRoutes } from './routes/handoff.ts'
import { meRoutes } from './routes/me.ts'
import { licenceRoutes } from './routes/licences.ts'
import type { LicenceDeps } from './licences/licence-service.ts'
import type { LicenceSettings } from './licences/settings.ts'
import { issueMissingLicences } from './licences/issue-missing.ts'
import { loadLicenceKey } from './licences/signing-key.ts'
import { licenceOperations } from './openapi/licence-operations.ts'
import { tokenHash } from './drafts/draft-store.ts'
import { kioskHome, kioskRoutes } from './routes/kiosk.ts'
import { studioRoutes, type StudioSettings } from './routes/studio.ts'
import type { Settings } from './settings.ts'
import { serverClock } from './clock.ts'
import type { SmsProvider } from './notifications/senders.ts'
import { startDelivery } from './notifications/start-delivery.ts'
import { startPurge } from './store/purge.ts'
import { openStores } from './store/stores.ts'

const anonymousOnly: IdentitySettings = { oidc: null, sessionHours: 8, devOidc: false }

export type ServiceOptions = {
  settings: Settings
  kiosk: KioskSettings
  studio: StudioSettings
  /** Sign-in (issue 19); without it the site is anonymous only. */
  identity?: IdentitySettings
  /** Electronic licences' signing key (LICENCE_SIGNING_KEY); unset: a development key in DATA_DIR (refused in production). */
  licence?: LicenceSettings
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
 * @example const services = await openServices(options); createApp({ catalogue, settings, ...services.app })
 */
export async function openServices({ settings, kiosk, studio, identity = anonymousOnly, licence = { signingKey: undefined }, catalogue, log, fail }: ServiceOptions) {
  // The drafts' database first: it refuses to start on a lost or damaged file before anything else writes to DATA_DIR.
  const stores = await openStores(settings)
  const { repo, handoffs } = stores
  const clock = serverClock(settings.testClockStart)
  const crypto = createCipher(loadDataKey(settings, (m) => log('warn', m)))
  const store = stores.rateLimits((client) => crypto.hash('rate-limit', client))
  const shared: SharedDeps = { clock, crypto, limits: { store, clientOf: clientAddress(settings.trustedProxies.block), hold: refusalHold(settings.refusalDelayMs) } }
  const identityStore = stores.identity
  const sessions: SessionDeps = { store: identityStore, crypto, clock, sessionHours: identity.sessionHours }
  const adopt = (citizen: string, tokens: string[]) => identityStore.adoptDrafts(citizen, tokens.map((t) => tokenHash(drafts, t)), clock())
  const reminders = { outbox: stores.outbox, strings: catalogue.strings, centre: catalogue.hall.name, log: (m: string) => log('warn', m) }
  const drafts: DraftDeps = { ...shared, repo, catalogue, settings, adopt, owned: (citizen) => identityStore.ownedApplications(citizen), reminders }
  // No SMS provider by default: an operator plugs one in here (see SmsProvider in notifications/senders.ts).
  const sms: SmsProvider | null = null
  const oidc = identity.oidc ? { client: oidcClient(identity.oidc, new URL('/auth/callback', settings.publicOrigin).href), settings: identity.oidc } : null
  const licenceKey = (() => {
    try {
      return loadLicenceKey({ signingKey: licence.signingKey, dataDir: settings.dataDir, production: settings.production }, (m) => log('warn', m))
    } catch (e) {
      return fail((e as Error).message)
    }
  })()
  const licences: LicenceDeps = { store: stores.licences, key: licenceKey, crypto, clock, publicOrigin: settings.publicOrigin }
  const feedback = await openFeedback({ settings, shared, feedback: stores.feedback, drafts, catalogue, licences }).catch((e: Error) => fail(e.message)) // evaluations, tickets, staff desk (issue 8)
  const repaired = await issueMissingLicences({ drafts, catalogue, clock, licences })
  if (repaired > 0) log('warn', `Issued ${repaired} electronic licence(s) that finished applications were missing.`)
  const live = openLive({
    store: stores.live, outbox: stores.outbox, sms: sms !== null, listen: settings.databaseUrl ? { connectionString: settings.databaseUrl } : null, catalogue, calendar: feedback.deps.calendar,
    crypto, clock, limits: shared.limits, staff: stores.feedback, ratePerMinute: settings.lookupRatePerMinute, log: (m) => log('warn', m),
  })
  const stopDelivery = startDelivery({ store: stores.outbox, crypto, sms, smtp: settings.smtpUrl ? { url: settings.smtpUrl, from: settings.mailFrom } : null, clock, log: (m) => log('warn', m) })
  const stopPurge = startPurge({ repo, handoffs, sessions: identityStore, limits: store, clock, intervalMinutes: settings.purgeIntervalMinutes, log: (m) => log('info', m) })
  const studioOn = studio.studio !== 'off'
  const mount = (app: Hono) => {
    // Before the routes that read it: who is signed in (nothing more than a cookie check when nobody is).
    app.use('/api/*', readSessions(sessions))
    app.use('/auth/*', readSessions(sessions))
    app.route('/auth', authRoutes({ ...sessions, oidc, certificate: identity.certificate ?? null, publicOrigin: settings.publicOrigin, adoptDrafts: adopt, log: (m) => log('warn', m) }))
    app.route('/api/me', meRoutes({ drafts, identity: identityStore, signInAvailable: oidc !== null, certificateSignIn: Boolean(identity.certificate), licences }))
    app.route('/api/licences', licenceRoutes({ ...licences, limits: shared.limits, ratePerMinute: settings.lookupRatePerMinute }))
    mountDraftApi(app, drafts)
    feedback.mount(app)
    live.mount(app)
    app.route('/api/handoffs', handoffRoutes({ ...shared, store: handoffs, drafts, catalogue, settings: { ...kiosk, ...settings } }))
    app.route('/api/kiosk', kioskRoutes(kiosk))
    app.get('/', kioskHome(kiosk))
    // The server refuses to start on bad content, so the studio here always shows a clean check.
    if (studioOn) app.route('/api/studio', studioRoutes(() => ({ catalogue, problems: [] }), studio))
  }
  const operations: Operation[] = [...draftOperations, ...applicationOperations, ...meOperations, ...licenceOperations, ...feedbackOperations, ...staffOperations, ...kioskOperations, ...liveOperations, ...(studioOn ? studioOperations : [])]
  const close = async () => {
    stopPurge()
    stopDelivery()
    await live.close()
    await stores.close()
  }
  // Drafts apply their own DRAFT_MAX_KB, larger than the app-wide body limit.
  const ownBodyLimit = ['/api/drafts', '/api/draft']
  const guard = holdMalformedRefusals(shared.limits, clock)
  const app = { extraRoutes: mount, extraOperations: operations, ownBodyLimit, guard }
  return { mount, operations, ownBodyLimit, guard, app, close, storeKind: stores.kind, stores, drafts, licences }
}
