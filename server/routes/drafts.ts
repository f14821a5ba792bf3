import { Hono, type Context } from 'hono'
import QRCode from 'qrcode'
import { CreateDraftBody, DraftReminderBody, ResumeDraftBody, SaveDraftBody, SubmitDraftBody, type DraftReminder, type SavedDraft } from '../../core/api/drafts.ts'
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


/**
 * Drafts of online forms, mounted under /api/drafts: create, read by token or resume code, save with
 * a revision check, delete, QR code of the resume link, the e-mail address for the expiry warning
 * (token in the body), and submit. Every answer is `no-store`: drafts hold personal data and the
 * token is in the path. Creating, saving and submitting are limited per client, and a body is
 * checked against its form before anything is sealed or stored.
 *
 * @example app.route('/api/drafts', draftRoutes({ repo, catalogue, settings, clock: () => new Date(), crypto, limits }))
 */
export function draftRoutes(deps: DraftDeps): Hono<{ Variables: SessionVariables }> {
  const limit = limiterFor(deps.limits, deps.clock)
  const limitCreate = limit('draft-create', deps.settings.createRatePerMinute)
  // Saves may come 5 seconds' worth at once, not a minute's: each costs a commit to disk.
  const limitSave = limit('draft-save', deps.settings.saveRatePerMinute, Math.ceil(deps.settings.saveRatePerMinute / 12))
  const limitResume = limit('draft-resume', deps.settings.lookupRatePerMinute)
  const app = new Hono<{ Variables: SessionVariables }>()
  app.use(limitBody(deps.settings.draftMaxBytes))
  // Set before the handler runs: setting it on a finished response makes Hono rebuild the Response.
  app.use(async (c, next) => {
    c.header('Cache-Control', 'no-store')
    await next()
  })

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
    app.put('/reminder', async (c) => {
      await limitSave(c)
      const { token, email } = await readJsonBody(c, DraftReminderBody)
      return c.json(await setReminder({ ...deps, reminders }, token, email))
    })
  }

  app.get('/:token', async (c) => {
    const draft = await liveDraft(deps, c.req.param('token')).catch(async (err: unknown) => {
      throw (await becameApplication(deps, c.req.param('token'))) ? draftSubmitted() : err
    })
    const form = findForm(deps, draft.formId)
    const view = draftView(deps, form, draft)
    const session = c.get('session')
    const known = await knownFor(deps, form, session?.person ?? null, session?.citizen ?? null)
    return c.json(known ? { ...view, prefilled: prefillMarks(deps, form, view.data, known) } : view)
  })

  app.put('/:token', async (c) => {
    await limitSave(c)
    return save(deps, c)
  })

  app.delete('/:token', async (c) => {
    const draft = await liveDraft(deps, c.req.param('token'))
    await deps.repo.deleteDraft(draft.tokenHash)
    if (deps.reminders) await withdrawDraftWarning({ reminders: deps.reminders }, draft.id)
    return c.body(null, 204)
  })

  app.get('/:token/qr.svg', async (c) => {
    const token = c.req.param('token')
    await liveDraft(deps, token)
    const link = new URL(`/resume/${token}`, deps.settings.publicOrigin).toString()
    const svg = await QRCode.toString(link, { type: 'svg', errorCorrectionLevel: 'M', margin: 2 })
    return c.body(svg, 200, { 'Content-Type': 'image/svg+xml; charset=utf-8' })
  })

  app.post('/:token/submit', async (c) => {
    await limitSave(c)
    const { revision } = await readJsonBody(c, SubmitDraftBody, true)
    const outcome = await submitDraft(deps, c.req.param('token'), revision, c.get('session') ?? null)
    return c.json({ application: outcome.application, alreadySubmitted: !outcome.created }, outcome.created ? 201 : 200)
  })
  return app
}

/** A save over the revision the citizen last saw; a stale one gets 409 with what is stored now. */
async function save(deps: DraftDeps, c: Context): Promise<Response> {
  const body = await readJsonBody(c, SaveDraftBody)
  const draft = await liveDraft(deps, c.req.param('token') ?? '')
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
  if (reminders && draft.emailSealed) await scheduleDraftWarning({ ...deps, reminders }, { ...draft, expiresAt: expiryFrom(deps, now) }, c.req.param('token') ?? '', form)
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
