import { timingSafeEqual } from 'node:crypto'
import { Hono, type Context } from 'hono'
import { z } from 'zod'
import type { Handoff, HandoffTarget } from '../../core/api/kiosk.ts'
import type { Catalogue } from '../../core/content/catalogue.ts'
import { draftLink } from '../../core/routes/draft-link.ts'
import type { DraftDeps } from '../drafts/draft-deps.ts'
import { liveDraft } from '../drafts/draft-store.ts'
import { readJsonBody } from '../http/json-body.ts'
import { limiterFor } from '../http/rate-limit.ts'
import type { SharedDeps } from '../http/shared-deps.ts'
import { ApiError } from '../http/api-error.ts'
import { newHandoffCode, normalizeHandoffCode } from '../kiosk/handoff-code.ts'
import type { HandoffStore, StoredHandoff } from '../store/handoff-store.ts'

const AnswerValue = z.union([z.string().max(200), z.array(z.string().max(200)).max(50), z.number(), z.boolean()])
const Slug = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'use a lower-case id like "open-business"').max(100)
export const CreateHandoffBody = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('draft'), draftToken: z.string().min(1).max(100) }).strict(),
  z.object({ kind: z.literal('result'), situation: Slug, answers: z.record(Slug, AnswerValue).refine((a) => Object.keys(a).length <= 100, 'at most 100 answers') }).strict(),
])
type Target = z.infer<typeof CreateHandoffBody>

/** What the hand-off routes need; the drafts service tells whether a draft a code points to still opens. */
export type HandoffDeps = SharedDeps & {
  store: HandoffStore
  drafts: DraftDeps
  /** The catalogue (or a function returning the current one), to refuse a result for an unknown situation. */
  catalogue: Pick<Catalogue, 'scenes'> | (() => Pick<Catalogue, 'scenes'>)
  settings: { handoffTtlMinutes: number; lookupRatePerMinute: number; createRatePerMinute: number; publicOrigin: string }
}

/**
 * Phone hand-offs, mounted under /api/handoffs: a kiosk makes a short code (shown as a QR code of
 * `PUBLIC_ORIGIN/h/<code>`) for a draft or a journey result, with a revoke key only it holds; the
 * phone asks where to continue; the kiosk revokes the code with that key when its visitor leaves.
 * Codes are stored hashed and targets sealed. Making codes is limited per client (CREATE_RATE_PER_MINUTE),
 * and so are look-ups and cancellations together (LOOKUP_RATE_PER_MINUTE), each client on its own.
 *
 * @example app.route('/api/handoffs', handoffRoutes({ store, drafts: draftDeps, catalogue, settings }))
 */
export function handoffRoutes(deps: HandoffDeps): Hono {
  const { crypto, clock } = deps
  const limit = limiterFor(deps.limits, clock)
  const limitCreate = limit('handoff-create', deps.settings.createRatePerMinute)
  const limitLookups = limit('handoff-lookup', deps.settings.lookupRatePerMinute)
  const hashOf = (code: string) => crypto.hash('handoff-code', code)
  // Derived from the code under the data key: only the kiosk that was given it can cancel the code.
  const revokeKeyOf = (code: string) => crypto.hash('handoff-revoke', code)
  const app = new Hono()
  app.use(async (c, next) => {
    await next()
    c.header('Cache-Control', 'no-store')
  })

  app.post('/', async (c) => {
    await limitCreate(c)
    const target = await readJsonBody(c, CreateHandoffBody)
    await checkTarget(deps, target)
    const now = clock()
    const expiresAt = new Date(now.getTime() + deps.settings.handoffTtlMinutes * 60_000)
    const code = await insertWithFreshCode(deps.store, hashOf, { kind: target.kind, targetSealed: crypto.seal(JSON.stringify(target)), createdAt: now, expiresAt, revokedAt: null })
    const url = new URL(`/h/${code}`, deps.settings.publicOrigin).toString()
    const handoff: Handoff = { code, url, revokeKey: revokeKeyOf(code), expiresAt: expiresAt.toISOString() }
    return c.json(handoff, 201)
  })

  app.get('/:code', async (c) => {
    await limitLookups(c)
    const handoff = checkUsable(await findHandoff(deps.store, hashOf, c.req.param('code')), clock())
    const target = JSON.parse(crypto.open(handoff.targetSealed)) as Target
    if (target.kind === 'draft' && !(await draftIsLive(deps.drafts, target.draftToken))) {
      throw gone('handoff_target_gone', 'The application this code pointed to was finished or removed at the kiosk.')
    }
    const next: HandoffTarget = { kind: target.kind, continueTo: continueTo(target), expiresAt: handoff.expiresAt.toISOString() }
    return c.json(next)
  })

  app.delete('/:code', async (c) => {
    await limitLookups(c)
    const code = normalizeHandoffCode(c.req.param('code'))
    if (!code) throw handoffNotFound()
    checkRevokeKey(c, revokeKeyOf(code))
    const handoff = await findHandoff(deps.store, hashOf, code)
    await deps.store.revoke(handoff.codeHash, clock())
    return c.body(null, 204)
  })
  return app
}

/** Where the phone goes: the draft's link (its token after the #), or the journey's result with its answers in `?a=`. */
export function continueTo(target: Target): string {
  if (target.kind === 'draft') return draftLink(target.draftToken)
  const a = Object.keys(target.answers).length > 0 ? `?a=${Buffer.from(JSON.stringify(target.answers)).toString('base64url')}` : ''
  return `/situations/${target.situation}${a}`
}

async function checkTarget(deps: HandoffDeps, target: Target): Promise<void> {
  if (target.kind === 'draft') {
    await liveDraft(deps.drafts, target.draftToken)
    return
  }
  const catalogue = typeof deps.catalogue === 'function' ? deps.catalogue() : deps.catalogue
  if (!catalogue.scenes.some((s) => s.id === target.situation)) {
    throw new ApiError(422, 'invalid_request', `No situation has the id "${target.situation}".`, [{ pointer: '/situation', message: 'use the id of a published situation' }])
  }
}

async function insertWithFreshCode(store: HandoffStore, hashOf: (code: string) => string, handoff: Omit<StoredHandoff, 'codeHash'>): Promise<string> {
  for (let attempt = 0; attempt < 5; attempt++) {
    const code = newHandoffCode()
    if ((await store.insert({ ...handoff, codeHash: hashOf(code) })) === 'ok') return code
  }
  throw new Error('Could not draw a free hand-off code in 5 attempts')
}

async function findHandoff(store: HandoffStore, hashOf: (code: string) => string, raw: string): Promise<StoredHandoff> {
  const code = normalizeHandoffCode(raw)
  const handoff = code ? await store.find(hashOf(code)) : null
  if (!handoff) throw handoffNotFound()
  return handoff
}

function handoffNotFound(): ApiError {
  return new ApiError(404, 'handoff_not_found', 'No hand-off matches this code. Check the 6 characters under the QR code, or ask for a new code at the kiosk.')
}

/** `Authorization: Bearer <revokeKey>` as given when the code was made; 403 otherwise, before any look-up. */
function checkRevokeKey(c: Context, expected: string): void {
  const given = Buffer.from(/^Bearer\s+(\S+)$/i.exec(c.req.header('authorization') ?? '')?.[1] ?? '')
  const wanted = Buffer.from(expected)
  if (given.length !== wanted.length || !timingSafeEqual(given, wanted)) {
    throw new ApiError(403, 'handoff_key_mismatch', 'Only the kiosk that made this code can cancel it: send its revoke key as Authorization: Bearer <revokeKey>.')
  }
}

function checkUsable(handoff: StoredHandoff, now: Date): StoredHandoff {
  if (handoff.revokedAt !== null) throw gone('handoff_revoked', 'This code was cancelled when the visitor finished at the kiosk. Ask for a new code at the kiosk.')
  if (handoff.expiresAt.getTime() <= now.getTime()) throw gone('handoff_expired', 'This code has expired. Codes last a few minutes; ask for a new one at the kiosk.')
  return handoff
}

async function draftIsLive(drafts: DraftDeps, token: string): Promise<boolean> {
  try {
    await liveDraft(drafts, token)
    return true
  } catch (err) {
    if (err instanceof ApiError && (err.status === 404 || err.status === 410)) return false
    throw err
  }
}

function gone(code: string, message: string): ApiError {
  return new ApiError(410, code, message)
}
