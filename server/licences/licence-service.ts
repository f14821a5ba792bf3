import { randomUUID } from 'node:crypto'
import type { FormDefinition } from '../../core/content/form.ts'
import type { Matter } from '../../core/content/matter.ts'
import { licenceExpiry, licenceLines, type LicenceClaims, type LicenceStatus } from '../../core/licences/licence.ts'
import type { PersonalDataCipher } from '../crypto/cipher.ts'
import { openFormData } from '../crypto/seal-form-data.ts'
import { ApiError } from '../http/api-error.ts'
import type { LicenceIssue, LicenceStore, StoredLicence } from '../store/licence-store.ts'
import type { StoredApplication } from '../store/repository.ts'
import { signLicence, verifyLicence } from './licence-jws.ts'
import type { LicenceKey } from './signing-key.ts'

/** What issuing, verifying and revoking licences need. */
export type LicenceDeps = { store: LicenceStore; key: LicenceKey; crypto: PersonalDataCipher; clock: () => Date; publicOrigin: string }

/** A licence as its holder and anyone verifying it see it: what it shows, and where it stands now. */
export type LicenceView = {
  id: string
  type: string
  name: LicenceClaims['name']
  lines: LicenceClaims['lines']
  issuedAt: string
  validUntil: string | null
  status: LicenceStatus
  revokedAt: string | null
  /** The public page the QR code opens. */
  verifyUrl: string
}

/**
 * The electronic licence of an application staff finish (办结) at `at`, signed with the centre's key, with
 * the audit entry that records it; null when the matter issues none. Signing needs no database, so the
 * licence is made first and written in the transaction that finishes the application (changeStatus).
 */
export async function licenceToIssue(deps: LicenceDeps, application: StoredApplication, matter: Matter | undefined, form: FormDefinition, actor: string, at: Date): Promise<LicenceIssue | null> {
  if (!matter?.licence) return null
  const validUntil = licenceExpiry(matter.licence, at)
  const id = randomUUID()
  const claims: LicenceClaims = {
    iss: deps.publicOrigin, jti: id, iat: Math.floor(at.getTime() / 1000), ...(validUntil ? { exp: Math.floor(validUntil.getTime() / 1000) } : {}),
    type: matter.licence.type, name: matter.licence.name, lines: licenceLines(matter.licence, form, openFormData(application.data, deps.crypto)),
  }
  const licence: StoredLicence = {
    id, licenceType: matter.licence.type, matterId: matter.id, applicationId: application.id, jwsSealed: deps.crypto.seal(await signLicence(deps.key, claims)),
    issuedAt: at, validUntil, revokedAt: null, revokedReason: null, revokedBy: null,
  }
  // The audit entry names the licence and its application by number: no names or licence lines.
  const audit = { at, actor, action: 'licence.issued', subject: `licence:${id}`, before: null, after: { type: licence.licenceType, application: application.number, validUntil: validUntil?.toISOString() ?? null } }
  return { licence, audit }
}

/** The JWS of a stored licence, as issued. */
export const licenceJws = (deps: Pick<LicenceDeps, 'crypto'>, licence: StoredLicence) => deps.crypto.open(licence.jwsSealed)

/**
 * What a licence shows and where it stands: its signature is checked every time, so a row changed in the
 * database reads as forged and shows nothing of itself.
 */
export async function viewLicence(deps: LicenceDeps, licence: StoredLicence): Promise<LicenceView> {
  const claims = await verifyLicence(deps.key.publicKey, licenceJws(deps, licence))
  const genuine = claims !== null && claims.jti === licence.id && claims.type === licence.licenceType
  return {
    id: licence.id, type: licence.licenceType, name: genuine ? claims.name : { zh: '', en: '' }, lines: genuine ? claims.lines : [],
    issuedAt: licence.issuedAt.toISOString(), validUntil: licence.validUntil?.toISOString() ?? null,
    status: !genuine ? 'forged' : licence.revokedAt ? 'revoked' : licence.validUntil && licence.validUntil <= deps.clock() ? 'expired' : 'current',
    revokedAt: licence.revokedAt?.toISOString() ?? null, verifyUrl: new URL(`/verify/${licence.id}`, deps.publicOrigin).href,
  }
}

const notFound = () => new ApiError(404, 'licence_not_found', 'No electronic licence has this id. Check the address or scan the QR code again.')
const idShape = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/

/** A stored licence by id, or 404. */
export async function findLicence(deps: LicenceDeps, id: string): Promise<StoredLicence> {
  const licence = idShape.test(id) ? await deps.store.find(id) : null
  if (!licence) throw notFound()
  return licence
}

/**
 * Checks a licence file someone holds (its JWS): forged unless the signature holds and it names a licence
 * this centre issued with the same content; otherwise where that licence stands now.
 */
export async function verifyLicenceFile(deps: LicenceDeps, jws: string): Promise<LicenceView | { status: 'forged' }> {
  const claims = await verifyLicence(deps.key.publicKey, jws)
  const stored = claims && idShape.test(claims.jti) ? await deps.store.find(claims.jti) : null
  if (!claims || !stored || licenceJws(deps, stored) !== jws.trim()) return { status: 'forged' }
  return viewLicence(deps, stored)
}

/** Revokes a current licence with the staff member's reason, in the audit log with it; 409 when it is revoked already. */
export async function revokeLicence(deps: LicenceDeps, id: string, reason: string, actor: string): Promise<LicenceView> {
  const licence = await findLicence(deps, id)
  const at = deps.clock()
  const audit = { at, actor, action: 'licence.revoked', subject: `licence:${id}`, before: { revoked: false }, after: { revoked: true, reason } }
  const revoked = await deps.store.revoke(id, { at, reason, by: actor }, audit)
  if (!revoked) throw new ApiError(409, 'licence_revoked', `This licence was revoked already, on ${licence.revokedAt?.toISOString() ?? 'an earlier date'}.`)
  return viewLicence(deps, revoked)
}
