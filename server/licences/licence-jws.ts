import { CompactSign, compactVerify } from 'jose'
import type { KeyObject } from 'node:crypto'
import { LicenceClaims } from '../../core/licences/licence.ts'
import type { LicenceKey } from './signing-key.ts'

const TYP = 'licence+jws'

/** Signs a licence's claims as a compact JWS (EdDSA over Ed25519, the key's id in the header). */
export async function signLicence(key: LicenceKey, claims: LicenceClaims): Promise<string> {
  return new CompactSign(new TextEncoder().encode(JSON.stringify(claims))).setProtectedHeader({ alg: 'EdDSA', typ: TYP, kid: key.kid }).sign(key.privateKey)
}

/**
 * The claims of a licence JWS whose signature holds under `publicKey`, or null for anything else: a changed
 * payload or header, another key's signature, another algorithm, or text that is no JWS at all.
 *
 * @example await verifyLicence(key.publicKey, jws) // { jti, type, lines, ... } or null
 */
export async function verifyLicence(publicKey: KeyObject, jws: string): Promise<LicenceClaims | null> {
  try {
    const { payload, protectedHeader } = await compactVerify(jws.trim(), publicKey, { algorithms: ['EdDSA'] })
    if (protectedHeader.typ !== TYP) return null
    const claims = LicenceClaims.safeParse(JSON.parse(new TextDecoder().decode(payload)))
    return claims.success ? claims.data : null
  } catch {
    return null
  }
}
