import { X509Certificate } from 'node:crypto'
import { validateUscc } from '../../core/forms/validate-uscc.ts'

/** Why a client certificate does not sign anyone in. */
export type CertificateRefusal = 'unreadable' | 'wrong_ca' | 'not_yet_valid' | 'expired' | 'wrong_usage' | 'no_uscc'

export type CertifiedCompany = { name: string; uscc: string }

/**
 * What the page a refused certificate goes back to says (`?signin=<this>`, client/identity/SignInNotice):
 * no certificate came, its CA is not trusted, it is out of date, or it cannot sign a company in.
 */
export const refusalShown: Readonly<Record<CertificateRefusal, string>> = {
  unreadable: 'certificate-missing', wrong_ca: 'certificate-untrusted', not_yet_valid: 'certificate-expired', expired: 'certificate-expired',
  wrong_usage: 'certificate-unusable', no_uscc: 'certificate-unusable',
}

/**
 * The company a legal person's CA certificate (§6.5) proves, as a TLS proxy passed it on (PEM, or PEM
 * URL-encoded as nginx's $ssl_client_escaped_cert): issued and signed by one of `cas`, valid at `now`,
 * allowed for client authentication, and naming an 18-character USCC in its subject (organizationIdentifier,
 * serialNumber, OU or CN). The proxy verified the TLS handshake; this checks the certificate itself again.
 *
 * @example companyFromCertificate(header, cas, new Date()) // { ok: true, company: { name: '江川市好味道餐饮有限公司', uscc: '91350100M000100Y43' } }
 */
export function companyFromCertificate(header: string, cas: readonly X509Certificate[], now: Date): { ok: true; company: CertifiedCompany } | { ok: false; refusal: CertificateRefusal } {
  let cert: X509Certificate
  try {
    cert = new X509Certificate(header.includes('%') ? decodeURIComponent(header) : header.replace(/\\n/g, '\n'))
  } catch {
    return { ok: false, refusal: 'unreadable' }
  }
  if (!cas.some((ca) => cert.checkIssued(ca) && cert.verify(ca.publicKey))) return { ok: false, refusal: 'wrong_ca' }
  if (new Date(cert.validFrom) > now) return { ok: false, refusal: 'not_yet_valid' }
  if (new Date(cert.validTo) <= now) return { ok: false, refusal: 'expired' }
  if (cert.keyUsage && !cert.keyUsage.includes('1.3.6.1.5.5.7.3.2')) return { ok: false, refusal: 'wrong_usage' }
  const subject = new Map(cert.subject.split('\n').map((line) => [line.slice(0, line.indexOf('=')), line.slice(line.indexOf('=') + 1)]))
  const uscc = ['organizationIdentifier', '2.5.4.97', 'serialNumber', 'OU', 'CN'].map((k) => subject.get(k)?.trim().toUpperCase()).find((v) => v && validateUscc(v) === null)
  if (!uscc) return { ok: false, refusal: 'no_uscc' }
  return { ok: true, company: { name: subject.get('O') ?? subject.get('CN') ?? uscc, uscc } }
}

/** The certificates of a PEM bundle (the configured CA file). */
export function readCaBundle(pem: string): X509Certificate[] {
  return (pem.match(/-----BEGIN CERTIFICATE-----[\s\S]+?-----END CERTIFICATE-----/g) ?? []).map((c) => new X509Certificate(c))
}
