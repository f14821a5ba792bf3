import { z } from 'zod'
import type { LicenceView } from '../licences/licence-service.ts'
import { VerifyLicenceBody } from '../routes/licences.ts'
import { LicenceQuery, RevokeLicenceBody } from '../routes/staff.ts'
import { LicenceAnswer } from './api-schemas.ts'
import { answering } from './answering.ts'
import type { Operation } from './operations.ts'

/** Checked at compile time against what the routes answer. */
const Licence = answering<LicenceView>()(LicenceAnswer)
const Verified = z.union([Licence, z.object({ status: z.literal('forged') })])
const id = [{ name: 'id', description: 'the licence id (in its QR code\'s /verify/<id>)' }]
const notFound = { 404: 'licence_not_found: no licence has this id' }

/** /api/licences (server/routes/licences.ts), the citizen's licences under /api/me and the staff's revocation. */
export const licenceOperations: Operation[] = [
  { method: 'get', path: '/api/licences/{id}', operationId: 'getLicence', tag: 'licences', summary: 'Check an electronic licence (电子证照) by id, without signing in: genuine, current, expired or revoked', pathParams: id, response: { name: 'LicenceAnswer', schema: Licence, description: 'What the licence shows and where it stands' }, errors: { ...notFound, 429: 'too_many_attempts: too many checks from this connection' } },
  { method: 'get', path: '/api/licences/{id}/qr.svg', operationId: 'getLicenceQrCode', tag: 'licences', summary: 'The licence\'s /verify/<id> link as a QR code', pathParams: id, response: { status: 200, media: ['image/svg+xml'], description: 'An SVG QR code' }, errors: notFound },
  { method: 'post', path: '/api/licences/verify', operationId: 'verifyLicenceFile', tag: 'licences', summary: 'Check a licence file (its JWS) someone holds: forged unless signed by this centre and unchanged', body: { name: 'VerifyLicenceBody', schema: VerifyLicenceBody }, response: { name: 'LicenceVerified', schema: Verified, description: 'The licence as issued and where it stands, or forged' }, errors: { 429: 'too_many_attempts: too many checks from this connection' } },
  { method: 'get', path: '/api/me/licences', operationId: 'getMyLicences', tag: 'citizens', summary: 'The signed-in citizen\'s electronic licences, newest first', response: { name: 'MyLicences', schema: z.object({ licences: z.array(Licence) }), description: 'Issued at 办结 of their applications' }, errors: { 401: 'sign_in_required: no citizen is signed in' } },
  { method: 'get', path: '/api/me/licences/{id}/licence.jws', operationId: 'downloadMyLicence', tag: 'citizens', summary: 'Download one of the citizen\'s licences as a file (compact JWS, EdDSA)', pathParams: id, response: { status: 200, media: ['application/jose'], description: 'The signed licence' }, errors: { 401: 'sign_in_required: no citizen is signed in', 404: 'licence_not_found: none of the citizen\'s licences has this id' } },
  { method: 'get', path: '/api/staff/licences', operationId: 'findLicence', tag: 'staff', staff: true, summary: 'Find a licence at the desk by its number, its /verify address or its application\'s number', query: LicenceQuery, response: { name: 'LicenceAnswer', schema: Licence, description: 'What the licence shows and where it stands' }, errors: { 400: 'bad_query: find is missing', 404: 'licence_not_found: nothing matches' } },
  { method: 'post', path: '/api/staff/licences/{id}/revoke', operationId: 'revokeLicence', tag: 'staff', staff: true, summary: 'Revoke an electronic licence with a reason (audited); anyone checking it then sees revoked', pathParams: id, body: { name: 'RevokeLicenceBody', schema: RevokeLicenceBody }, response: { name: 'LicenceAnswer', schema: Licence, description: 'The licence, now revoked' }, errors: { ...notFound, 409: 'licence_revoked: it was revoked already' } },
]
