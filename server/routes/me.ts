import { Hono } from 'hono'
import { z } from 'zod'
import { isDraftTokenShape } from '../drafts/draft-secrets.ts'
import { draftCatalogue, type DraftDeps } from '../drafts/draft-deps.ts'
import { tokenHash } from '../drafts/draft-store.ts'
import { draftView } from '../drafts/draft-view.ts'
import { applicationProgress } from '../drafts/lookup-application.ts'
import { ratingKeyFor } from '../drafts/submit-draft.ts'
import { readJsonBody } from '../http/json-body.ts'
import { requireSession, type SessionVariables } from '../identity/sessions.ts'
import type { IdentityStore } from '../store/identity-store.ts'
import { ApiError } from '../http/api-error.ts'
import { licenceJws, viewLicence, type LicenceDeps } from '../licences/licence-service.ts'

export const AdoptBody = z.object({ drafts: z.array(z.string().max(100)).max(20) }).strict()

export type MeDeps = { drafts: DraftDeps; identity: IdentityStore; signInAvailable: boolean; certificateSignIn?: boolean; licences?: LicenceDeps }

/**
 * The signed-in citizen's own things, mounted under /api/me: who they are (`GET /`), their
 * applications with status history and their live drafts on any device (`GET /applications`), and
 * adopting drafts started anonymously in this browser (`POST /adopt`). Everything is `no-store`.
 *
 * @example app.route('/api/me', meRoutes({ drafts, identity, signInAvailable: true }))
 */
export function meRoutes(deps: MeDeps): Hono<{ Variables: SessionVariables }> {
  const app = new Hono<{ Variables: SessionVariables }>()
  app.use(async (c, next) => {
    c.header('Cache-Control', 'no-store')
    await next()
  })

  app.get('/', (c) => {
    const session = c.get('session')
    return c.json({ signInAvailable: deps.signInAvailable, ...(deps.certificateSignIn ? { certificateSignIn: true } : {}), citizen: session?.person ?? null, expiresAt: session?.expiresAt.toISOString() ?? null })
  })

  app.post('/adopt', async (c) => {
    const { drafts } = await readJsonBody(c, AdoptBody)
    const session = requireSession(c)
    const hashes = drafts.filter(isDraftTokenShape).map((t) => tokenHash(deps.drafts, t))
    const adopted = await deps.identity.adoptDrafts(session.citizen, hashes, deps.drafts.clock())
    return c.json({ adopted: adopted.length })
  })

  app.get('/applications', async (c) => {
    const session = requireSession(c)
    const now = deps.drafts.clock()
    const [applications, drafts] = await Promise.all([deps.identity.ownedApplications(session.citizen), deps.identity.ownedDrafts(session.citizen)])
    const forms = () => draftCatalogue(deps.drafts).forms
    return c.json({
      applications: await Promise.all(applications.map(async (a) => ({ ...(await applicationProgress(deps.drafts, a)), ratingKey: ratingKeyFor(deps.drafts, a.number) }))),
      drafts: drafts.flatMap((d) => {
        const form = forms().find((f) => f.id === d.formId)
        if (!form || d.expiresAt <= now) return []
        const { token, resumeCode, formId, updatedAt, expiresAt } = draftView(deps.drafts, form, d)
        return [{ token, resumeCode, formId, title: form.title, updatedAt, expiresAt }]
      }),
    })
  })
  app.get('/licences', async (c) => {
    const session = requireSession(c)
    const licences = deps.licences
    if (!licences) return c.json({ licences: [] })
    return c.json({ licences: await Promise.all((await licences.store.ofCitizen(session.citizen)).map((l) => viewLicence(licences, l))) })
  })

  // The licence file (its JWS), for the citizen whose licence it is; /verify checks it for anyone.
  app.get('/licences/:id/licence.jws', async (c) => {
    const session = requireSession(c)
    const licences = deps.licences
    const licence = licences ? (await licences.store.ofCitizen(session.citizen)).find((l) => l.id === c.req.param('id')) : undefined
    if (!licences || !licence) throw new ApiError(404, 'licence_not_found', 'None of your electronic licences has this id.')
    return c.body(licenceJws(licences, licence), 200, { 'Content-Type': 'application/jose; charset=utf-8', 'Content-Disposition': `attachment; filename="licence-${licence.id}.jws"` })
  })
  return app
}
