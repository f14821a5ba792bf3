import path from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { signedInServer } from '../../test/support/signed-in-server.ts'
import { testCertificates } from '../../test/support/test-certificates.ts'
import { companyFromCertificate, readCaBundle } from './client-certificate.ts'

// Certificates made here with the openssl command line: two CAs, and client certificates they sign.
const certs = testCertificates()
afterAll(() => certs.remove())
const trusted = readCaBundle(certs.ca('jiangchuan-ca'))
certs.ca('other-ca')
const good = certs.client('good', 'jiangchuan-ca', '/O=Haoweidao Catering Co/OU=91350100M000100Y43/CN=Zhang Wei')
const stranger = certs.client('stranger', 'other-ca', '/O=Stranger Co/OU=91350100M000100Y43')
const now = new Date()
const years = (n: number) => new Date(now.getTime() + n * 365 * 86_400_000)

describe('certificate sign-in for companies', () => {
  it('maps a certificate the configured CA issued to the company\'s USCC, from PEM or nginx\'s URL-encoded form', () => {
    const expected = { ok: true, company: { name: 'Haoweidao Catering Co', uscc: '91350100M000100Y43' } }
    expect(companyFromCertificate(good, trusted, now)).toEqual(expected)
    expect(companyFromCertificate(encodeURIComponent(good), trusted, now)).toEqual(expected)
  })

  it('refuses a certificate another CA issued', () => {
    expect(companyFromCertificate(stranger, trusted, now)).toEqual({ ok: false, refusal: 'wrong_ca' })
  })

  it('refuses a certificate outside its validity dates', () => {
    expect(companyFromCertificate(good, trusted, years(2))).toEqual({ ok: false, refusal: 'expired' })
    expect(companyFromCertificate(good, trusted, years(-1))).toEqual({ ok: false, refusal: 'not_yet_valid' })
  })

  it('refuses a certificate not allowed for client authentication, one naming no USCC, and text that is no certificate', () => {
    const server = certs.client('server', 'jiangchuan-ca', '/O=Server/OU=91350100M000100Y43', { usage: 'serverAuth' })
    const noUscc = certs.client('nouscc', 'jiangchuan-ca', '/O=No Code Co/CN=Li Min')
    expect(companyFromCertificate(server, trusted, years(0.1))).toEqual({ ok: false, refusal: 'wrong_usage' })
    expect(companyFromCertificate(noUscc, trusted, years(0.1))).toEqual({ ok: false, refusal: 'no_uscc' })
    expect(companyFromCertificate('not a certificate', trusted, now)).toEqual({ ok: false, refusal: 'unreadable' })
  })
})

describe('signing a company in at /auth/certificate behind the TLS proxy', () => {
  it('starts a level 4 company session from the certificate in the configured header, and refuses a stranger\'s', async () => {
    const server = await signedInServer({ identityEnv: { CLIENT_CERT_HEADER: 'X-SSL-Client-Cert', CLIENT_CERT_CA_FILE: path.join(certs.dir, 'jiangchuan-ca.pem') } })
    try {
      const res = await server.site('/auth/certificate?return=/me', { headers: { 'x-ssl-client-cert': encodeURIComponent(good) } })
      expect(res.status).toBe(303)
      expect(res.headers.get('location')).toBe('/me')
      const cookie = res.headers.getSetCookie().find((c) => c.startsWith('lobby_session='))!.split(';')[0]!
      expect((await server.json('GET', '/api/me', { cookie })).body.citizen).toEqual({ kind: 'company', name: 'Haoweidao Catering Co', idNumber: '91350100M000100Y43', phone: null, trustLevel: 4 })
      const refused = await server.site('/auth/certificate?return=/me', { headers: { 'x-ssl-client-cert': encodeURIComponent(stranger) } })
      expect(refused.headers.get('location')).toBe('/me?signin=certificate-untrusted')
      expect(refused.headers.getSetCookie().some((c) => c.startsWith('lobby_session='))).toBe(false)
      expect((await server.site('/auth/certificate')).headers.get('location')).toBe('/?signin=certificate-missing')
    } finally {
      await server.close()
    }
  }, 60_000)
})
