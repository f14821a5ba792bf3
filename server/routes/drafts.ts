import { Hono, type Context } from 'hono'
import QRCode from 'qrcode'
import { draftTokenHeader } from '../../core/api/draft-token-header.ts'
import { CreateDraftBody, DraftReminderBody, ResumeDraftBody, SaveDraftBody, SubmitDraftBody, type DraftReminder, type SavedDraft } from '../../core/api/drafts.ts'
import { resumeLink } from '../drafts/resume-link.ts'
import { maskEmail } from '../../core/forms/mask.ts'
import { draftWarningAt } from '../../core/notifications/reminder-schedule.ts'
import type { ErrorDetails } from '../../core/api/error-body.ts'
import { openFormData, sealFormData } from '../crypto/seal-form-data.ts'
import { ApiError } from '../http/api-error.ts'
import { limitBody } from '../http/body-limit.ts'
import { expiryFrom, findForm, type DraftDeps } from '../drafts/draft-deps.ts'
import { isDraftTokenShape, normalizeResumeCode } from '../drafts/draft-secrets.ts'
import { checkDataShape, checkNotExpired, checkPosition, draftNotFound, insertNewDraft, liveDraft, prefilledData, resumeCodeHash, tokenHash } from '../drafts/draft-store.ts'
import { draftView } from '../drafts/draft-view.ts'
import { readJsonBody } from '../http/json-body.ts'
import { limiterFor } from '../http/rate-limit.ts'
import { submitDraft } from '../drafts/submit-draft.ts'
import { knownFor, lockedIdentity, prefillMarks } from '../drafts/known-data.ts'
import type { SessionVariables } from '../identity/sessions.ts'
import { scheduleDraftWarning, withdrawDraftWarning, type DraftReminders } from '../notifications/draft-notices.ts'


/** Where a route finds the token of the draft it serves. */
type TokenOf = (c: Context) => string

/**
 * Drafts of online forms, mounted under /api/drafts: create, open by resume code, and leave the
 * e-mail address for the expiry warning (`PUT /reminder`, token in the body). Every answer is
 * `no-store`: drafts hold personal data. Creating, saving and submitting are limited per client, and a
 * body is checked against its form before anything is sealed or stored.
 *
 * The draft a token opens is served at /api/draft (`draftByTokenRoutes`), with the token in a header.
 * The routes of the old form, with the token in the path (`/api/drafts/:token`, `/:token/qr.svg`,
 * `/:token/submit`), are still answered here for pages loaded before the change that are still open
 * in a browser; they are deprecated and this product's own pages no longer call them.
 *
 * @example app.route('/api/drafts', draftRoutes({ repo, catalogue, settings, clock: () => new Date(), crypto, limits }))
 */
export function draftRoutes(deps: DraftDeps): Hono<{ Variables: SessionVariables }> {
  const limit = limiterFor(deps.limits, deps.clock)
  const limitCreate = limit('draft-create', deps.settings.createRatePerMinute)
  const limitResume = limit('draft-resume', deps.settings.lookupRatePerMinute)
  const app = draftApp(deps)

  app.post('/', async (c) => {
    await limitCreate(c)
    const body = await readJsonBody(c, CreateDraftBody)
    const form = findForm(deps, body.formId)
    const session = c.get('session')
    // For a signed-in citizen, what is known comes first: their verified identity and earlier applications.
    const known = await knownFor(deps, form, session?.person ?? null, session?.citizen ?? null)
    const data = { ...known?.data, ...prefilledData(form, body.answers ?? {}), ...checkDataShape(form, body.data ?? {}), ...lockedIdentity(deps, form, known) }
    const draft = await insertNewDraft(deps, form, data, checkPosition(form, body.position))
    const view = draftView(deps, form, draft)
    // A signed-in citizen's new draft is theirs at once: 我的办件 lists it on any device.
    if (session) await deps.adopt?.(session.citizen, [view.token])
    return c.json(known ? { ...view, prefilled: prefillMarks(deps, form, view.data, known) } : view, 201)
  })

  app.post('/resume', async (c) => {
    await limitResume(c)
    const { code } = await readJsonBody(c, ResumeDraftBody)
    const normalized = normalizeResumeCode(code)
    const draft = normalized ? await deps.repo.findDraftByResumeCodeHash(resumeCodeHash(deps, normalized)) : null
    if (!draft) throw draftNotFound()
    checkNotExpired(deps, draft)
    return c.json(draftView(deps, findForm(deps, draft.formId), draft))
  })

  // Before /:token, which would take "reminder" for a token.
  const reminders = deps.reminders
  if (reminders) {
    const limitReminder = limit('draft-save', deps.settings.saveRatePerMinute, Math.ceil(deps.settings.saveRatePerMinute / 12))
    app.put('/reminder', async (c) => {
      await limitReminder(c)
      const { token, email } = await readJsonBody(c, DraftReminderBody)
      return c.json(await setReminder({ ...deps, reminders }, token, email))
    })
  }

  oneDraftRoutes(app, deps, '/:token', (c) => c.req.param('token') ?? '')
  return app
}

/**
 * The draft named by the `Draft-Token` header, mounted under /api/draft: read, save with a revision
 * check, delete, the QR code of its link, and submit. The token never appears in a URL, so neither
 * access logs nor proxies nor a Referer keep it.
 *
 * @example app.route('/api/draft', draftByTokenRoutes(deps)) // GET /api/draft with Draft-Token: <token>
 */
export function draftByTokenRoutes(deps: DraftDeps): Hono<{ Variables: SessionVariables }> {
  const app = draftApp(deps)
  oneDraftRoutes(app, deps, '', (c) => {
    const token = c.req.header(draftTokenHeader)
    if (!token) throw new ApiError(400, 'draft_token_missing', `Send the draft's token in the ${draftTokenHeader} header.`)
    return token
  })
  return app
}

/** A router for drafts: their own body limit, and nothing of theirs in any cache. */
function draftApp(deps: DraftDeps): Hono<{ Variables: SessionVariables }> {
  const app = new Hono<{ Variables: SessionVariables }>()
  app.use(limitBody(deps.settings.draftMaxBytes))
  // Set before the handler runs: setting it on a finished response makes Hono rebuild the Response.
  app.use(async (c, next) => {
    c.header('Cache-Control', 'no-store')
    await next()
  })
  return app
}

/** The routes of one draft under `base`, its token read by `tokenOf`: the same behaviour whichever way the token comes. */
function oneDraftRoutes(app: Hono<{ Variables: SessionVariables }>, deps: DraftDeps, base: string, tokenOf: TokenOf): void {
  // Saves may come 5 seconds' worth at once, not a minute's: each costs a commit to disk.
  const limitSave = limiterFor(deps.limits, deps.clock)('draft-save', deps.settings.saveRatePerMinute, Math.ceil(deps.settings.saveRatePerMinute / 12))

  app.get(base || '/', async (c) => {
    const token = tokenOf(c)
    const draft = await liveDraft(deps, token).catch(async (err: unknown) => {
      throw (await becameApplication(deps, token)) ? draftSubmitted() : err
    })
    const form = findForm(deps, draft.formId)
    const view = draftView(deps, form, draft)
    const session = c.get('session')
    const known = await knownFor(deps, form, session?.person ?? null, session?.citizen ?? null)
    return c.json(known ? { ...view, prefilled: prefillMarks(deps, form, view.data, known) } : view)
  })

  app.put(base || '/', async (c) => {
    await limitSave(c)
    return save(deps, c, tokenOf(c))
  })

  app.delete(base || '/', async (c) => {
    const draft = await liveDraft(deps, tokenOf(c))
    await deps.repo.deleteDraft(draft.tokenHash)
    if (deps.reminders) await withdrawDraftWarning({ reminders: deps.reminders }, draft.id)
    return c.body(null, 204)
  })

  app.get(`${base}/qr.svg`, async (c) => {
    const token = tokenOf(c)
    await liveDraft(deps, token)
    const link = resumeLink(deps.settings.publicOrigin, token)
    const svg = await QRCode.toString(link, { type: 'svg', errorCorrectionLevel: 'M', margin: 2 })
    return c.body(svg, 200, { 'Content-Type': 'image/svg+xml; charset=utf-8' })
  })

  app.post(`${base}/submit`, async (c) => {
    await limitSave(c)
    const token = tokenOf(c)
    const { revision } = await readJsonBody(c, SubmitDraftBody, true)
    const outcome = await submitDraft(deps, token, revision, c.get('session') ?? null)
    return c.json({ application: outcome.application, alreadySubmitted: !outcome.created }, outcome.created ? 201 : 200)
  })
}

/** A save over the revision the citizen last saw; a stale one gets 409 with what is stored now. */
async function save(deps: DraftDeps, c: Context, token: string): Promise<Response> {
  const body = await readJsonBody(c, SaveDraftBody)
  const draft = await liveDraft(deps, token)
  const form = findForm(deps, draft.formId)
  const position = checkPosition(form, body.position)
  checkDataShape(form, body.data)
  const now = deps.clock()
  const result = await deps.repo.saveDraft({
    tokenHash: draft.tokenHash, expectedRevision: body.revision, formVersion: body.formVersion ?? form.version,
    data: sealFormData(form, body.data, deps.crypto), position, updatedAt: now, expiresAt: expiryFrom(deps, now),
  })
  if (result.status === 'missing') throw draftNotFound()
  if (result.status === 'conflict') {
    const current = result.current
    throw new ApiError(409, 'draft_conflict', 'This draft was saved from somewhere else since you opened it. Review the newer version; your changes are still on your screen.', {
      currentRevision: current.revision,
      current: { data: openFormData(current.data, deps.crypto), position: current.position, updatedAt: current.updatedAt.toISOString() },
    } satisfies ErrorDetails['draft_conflict'])
  }
  const saved: SavedDraft = { id: draft.id, revision: result.revision, expiresAt: expiryFrom(deps, now).toISOString(), updatedAt: now.toISOString() }
  // The expiry moved on: so does its warning.
  const reminders = deps.reminders
  if (reminders && draft.emailSealed) await scheduleDraftWarning({ ...deps, reminders }, { ...draft, expiresAt: expiryFrom(deps, now) }, token, form)
  return c.json(saved)
}

/** Leaves (or removes, with null) the address a draft's expiry warning goes to, and queues (or cancels) the warning. */
async function setReminder(deps: DraftDeps & { reminders: DraftReminders }, token: string, email: string | null): Promise<DraftReminder> {
  const draft = await liveDraft(deps, token)
  const emailSealed = email === null ? null : deps.crypto.seal(email)
  if (!(await deps.repo.setDraftEmail(draft.tokenHash, emailSealed))) throw draftNotFound()
  await scheduleDraftWarning(deps, { ...draft, emailSealed }, token, findForm(deps, draft.formId))
  const warnAt = email === null ? null : draftWarningAt(draft.expiresAt, deps.clock())
  return { email: email === null ? null : maskEmail(email), warnAt: warnAt?.toISOString() ?? null }
}

/** Whether this token's draft was submitted: an old draft link then says so, and never submits or shows the receipt. */
async function becameApplication(deps: DraftDeps, token: string): Promise<boolean> {
  return isDraftTokenShape(token) && (await deps.repo.findApplicationByDraftToken(tokenHash(deps, token))) !== null
}

function draftSubmitted(): ApiError {
  return new ApiError(410, 'draft_submitted', 'This draft was submitted and is now an application. Look up its progress with the application number on your receipt.')
}
