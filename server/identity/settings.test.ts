import { describe, expect, it } from 'vitest'
import { loadIdentitySettings } from './settings.ts'

const provider = { OIDC_ISSUER: 'https://sso.example.gov.cn/realms/citizens', OIDC_CLIENT_ID: 'lobby', OIDC_CLIENT_SECRET: 's3cret' }

describe('loadIdentitySettings', () => {
  it('is anonymous only when no identity service is set', () => {
    expect(loadIdentitySettings({}).oidc).toBeNull()
  })

  it('reads the service, the claim names and the level map', () => {
    const s = loadIdentitySettings({ ...provider, OIDC_TRUST_CLAIM: 'auth_level', OIDC_TRUST_LEVELS: 'urn:gd:loa:low=2, urn:gd:loa:high=4' })
    expect(s.oidc).toMatchObject({ issuer: provider.OIDC_ISSUER, clientId: 'lobby', trustLevels: { 'urn:gd:loa:low': 2, 'urn:gd:loa:high': 4 } })
    expect(s.oidc?.claims.trustLevel).toBe('auth_level')
  })

  it('names the missing variable when only part of the service is set', () => {
    expect(() => loadIdentitySettings({ OIDC_ISSUER: provider.OIDC_ISSUER, OIDC_CLIENT_ID: 'lobby' })).toThrow(/OIDC_CLIENT_SECRET is not set/)
  })

  it('refuses a level map entry without a level from 1 to 5', () => {
    expect(() => loadIdentitySettings({ ...provider, OIDC_TRUST_LEVELS: 'gold=7' })).toThrow(/"gold=7": write value=level/)
  })

  it('sets certificate sign-in up only with both its header and a readable CA bundle', () => {
    expect(loadIdentitySettings({}).certificate).toBeNull()
    expect(() => loadIdentitySettings({ CLIENT_CERT_HEADER: 'x-ssl-client-cert' })).toThrow(/CLIENT_CERT_CA_FILE is not set/)
    expect(() => loadIdentitySettings({ CLIENT_CERT_HEADER: 'x-ssl-client-cert', CLIENT_CERT_CA_FILE: '/nonexistent/ca.pem' })).toThrow(/CLIENT_CERT_CA_FILE: cannot read \/nonexistent\/ca.pem/)
  })
})
