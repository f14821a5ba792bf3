import type { X509Certificate } from 'node:crypto'
import { readFileSync } from 'node:fs'
import { z } from 'zod'
import { readCaBundle } from './client-certificate.ts'
import type { ClaimNames } from '../../core/identity/citizen.ts'
import { readDefinitions, SettingsError } from '../settings.ts'

const optionalText = z.string().trim().optional()
const claim = (fallback: string) => z.string().trim().regex(/^[A-Za-z0-9_.:-]{1,100}$/, 'give a claim name such as acr').default(fallback)

const levelMap = z.string().transform((v, ctx) => {
  const map: Record<string, number> = {}
  for (const pair of v.split(',').map((p) => p.trim()).filter(Boolean)) {
    const at = pair.lastIndexOf('=')
    const level = Number(pair.slice(at + 1))
    if (at < 1 || !Number.isInteger(level) || level < 1 || level > 5) {
      ctx.addIssue({ code: 'custom', message: `"${pair}": write value=level with a level from 1 to 5, e.g. urn:gd:loa:high=4` })
      return z.NEVER
    }
    map[pair.slice(0, at)] = level
  }
  return map
})

/**
 * Sign-in through the province's identity service (OpenID Connect). With OIDC_ISSUER unset the product
 * is anonymous only, as before; `npm run dev` then starts a demo provider of its own (DEV_OIDC).
 */
export const identitySettingDefinitions = {
  oidcIssuer: {
    env: 'OIDC_ISSUER', default: undefined, shown: '(unset: anonymous only)', meaning: 'Issuer URL of the OpenID Connect identity service (统一身份认证), e.g. https://sso.example.gov.cn/realms/citizens; its /.well-known/openid-configuration is read at the first sign-in.',
    schema: z.string().trim().url('give the issuer URL, e.g. https://sso.example.gov.cn/realms/citizens').optional(),
  },
  oidcClientId: { env: 'OIDC_CLIENT_ID', default: undefined, shown: '(unset)', meaning: 'This site\'s client id at the identity service.', schema: optionalText },
  oidcClientSecret: { env: 'OIDC_CLIENT_SECRET', default: undefined, shown: '(unset)', meaning: 'This site\'s client secret at the identity service (a confidential client; PKCE is used as well).', schema: optionalText },
  oidcScopes: { env: 'OIDC_SCOPES', default: 'openid profile phone', shown: 'openid profile phone', meaning: 'Scopes asked for at sign-in; add the scope that releases the ID number claim if the service needs one.', schema: z.string().trim() },
  oidcTrustClaim: { env: 'OIDC_TRUST_CLAIM', default: 'acr', shown: 'acr', meaning: 'The ID token or userinfo claim holding the trust level (acr, or e.g. auth_level).', schema: claim('acr') },
  oidcTrustLevels: { env: 'OIDC_TRUST_LEVELS', default: '', shown: '(none: the value\'s last digits)', meaning: 'Map claim values to levels 1-5, e.g. urn:gd:loa:low=2,urn:gd:loa:high=4; unmapped values count by their last digits (loa-3 is 3).', schema: levelMap },
  oidcNameClaim: { env: 'OIDC_NAME_CLAIM', default: 'name', shown: 'name', meaning: 'Claim holding the citizen\'s name.', schema: claim('name') },
  oidcIdNumberClaim: { env: 'OIDC_ID_NUMBER_CLAIM', default: 'id_card', shown: 'id_card', meaning: 'Claim holding the 18-character ID number.', schema: claim('id_card') },
  oidcPhoneClaim: { env: 'OIDC_PHONE_CLAIM', default: 'phone_number', shown: 'phone_number', meaning: 'Claim holding the mobile number.', schema: claim('phone_number') },
  sessionHours: {
    env: 'SESSION_HOURS', default: '8', shown: '8', meaning: 'Hours a sign-in lasts without being used; each visit renews it, up to 7 days after signing in.',
    schema: z.string().trim().transform(Number).pipe(z.number({ error: 'use a number of hours' }).positive('use a positive number of hours').max(24 * 7, 'at most 168 hours')),
  },
  clientCertHeader: {
    env: 'CLIENT_CERT_HEADER', default: undefined, shown: '(unset: no certificate sign-in)',
    meaning: 'Header in which the TLS proxy passes the client certificate it verified (e.g. x-ssl-client-cert from nginx $ssl_client_escaped_cert); with CLIENT_CERT_CA_FILE it signs legal persons in at trust level 4 at /auth/certificate. The proxy must always set it.',
    schema: z.string().trim().toLowerCase().regex(/^[a-z0-9-]{1,64}$/, 'give a header name such as x-ssl-client-cert').optional(),
  },
  clientCertCaFile: { env: 'CLIENT_CERT_CA_FILE', default: undefined, shown: '(unset)', meaning: 'PEM bundle of the CAs whose client certificates sign companies in (the same the proxy trusts).', schema: optionalText },
  devOidc: {
    env: 'DEV_OIDC', default: 'on', shown: 'on', meaning: 'npm run dev only: with OIDC_ISSUER unset, start the demo identity provider with demo citizens (off: anonymous only).',
    schema: z.enum(['on', 'off'], { error: 'use on or off' }),
  },
} as const

type Definitions = typeof identitySettingDefinitions
type Read = { [K in keyof Definitions]: z.output<Definitions[K]['schema']> }

/** The identity service this site signs citizens in with. */
export type OidcSettings = { issuer: string; clientId: string; clientSecret: string; scopes: string; claims: ClaimNames; trustLevels: Record<string, number> }
/** Certificate sign-in behind a TLS proxy (§6.5): the header it passes the verified certificate in, and the trusted CAs. */
export type CertificateSettings = { header: string; cas: X509Certificate[] }
export type IdentitySettings = { oidc: OidcSettings | null; sessionHours: number; devOidc: boolean; certificate?: CertificateSettings | null }

/**
 * Reads the identity settings; OIDC_ISSUER, OIDC_CLIENT_ID and OIDC_CLIENT_SECRET are set together or not at all.
 *
 * @example loadIdentitySettings({}).oidc // null: anonymous only
 * @throws SettingsError e.g. `OIDC_CLIENT_SECRET is not set: ...`
 */
export function loadIdentitySettings(env: Record<string, string | undefined> = process.env): IdentitySettings {
  const r: Read = readDefinitions(identitySettingDefinitions, env)
  const given = [r.oidcIssuer, r.oidcClientId, r.oidcClientSecret]
  if (given.some((v) => v === undefined || v === '') && given.some((v) => v !== undefined && v !== '')) {
    const missing = (['OIDC_ISSUER', 'OIDC_CLIENT_ID', 'OIDC_CLIENT_SECRET'] as const).filter((_, i) => !given[i])
    throw new SettingsError(missing.map((m) => `${m} is not set: set OIDC_ISSUER, OIDC_CLIENT_ID and OIDC_CLIENT_SECRET together (or none, for anonymous use only)`))
  }
  const oidc = r.oidcIssuer && r.oidcClientId && r.oidcClientSecret
    ? {
        issuer: r.oidcIssuer, clientId: r.oidcClientId, clientSecret: r.oidcClientSecret, scopes: r.oidcScopes, trustLevels: r.oidcTrustLevels,
        claims: { name: r.oidcNameClaim, idNumber: r.oidcIdNumberClaim, phone: r.oidcPhoneClaim, trustLevel: r.oidcTrustClaim },
      }
    : null
  return { oidc, sessionHours: r.sessionHours, devOidc: r.devOidc === 'on', certificate: certificateSettings(r.clientCertHeader, r.clientCertCaFile) }
}

function certificateSettings(header: string | undefined, caFile: string | undefined): CertificateSettings | null {
  if (!header && !caFile) return null
  if (!header || !caFile) throw new SettingsError([`${header ? 'CLIENT_CERT_CA_FILE' : 'CLIENT_CERT_HEADER'} is not set: set CLIENT_CERT_HEADER and CLIENT_CERT_CA_FILE together (or neither)`])
  let cas: X509Certificate[]
  try {
    cas = readCaBundle(readFileSync(caFile, 'utf8'))
  } catch (e) {
    throw new SettingsError([`CLIENT_CERT_CA_FILE: cannot read ${caFile} as PEM certificates (${(e as Error).message})`])
  }
  if (cas.length === 0) throw new SettingsError([`CLIENT_CERT_CA_FILE: ${caFile} holds no PEM certificate`])
  return { header, cas }
}
