import { generateKeyPairSync } from 'node:crypto'
import { mkdtempSync, rmSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import type { LicenceClaims } from '../../core/licences/licence.ts'
import { signLicence, verifyLicence } from './licence-jws.ts'
import { loadLicenceKey } from './signing-key.ts'

const pem = () => generateKeyPairSync('ed25519').privateKey.export({ type: 'pkcs8', format: 'pem' }) as string
const key = loadLicenceKey({ signingKey: pem(), dataDir: '/nonexistent', production: true })
const claims: LicenceClaims = {
  iss: 'https://lobby.example.gov.cn', jti: '5b0f3c57-5d7e-4d1e-9c39-0d9b1c2f7a10', iat: 1_796_000_000, exp: 1_953_000_000, type: 'food-business-licence',
  name: { zh: '食品经营许可证', en: 'Food business licence' },
  lines: [{ id: 'operator', label: { zh: '经营者名称', en: 'Business name' }, value: '江川市新城区好味道餐饮店' }],
}
const b64 = (o: unknown) => Buffer.from(JSON.stringify(o)).toString('base64url')

describe('licence signatures', () => {
  it('verifies a licence it signed and gives back exactly its claims', async () => {
    expect(await verifyLicence(key.publicKey, await signLicence(key, claims))).toEqual(claims)
  })

  it('refuses a licence whose payload was changed after signing', async () => {
    const [header, , signature] = (await signLicence(key, claims)).split('.')
    const forged = { ...claims, lines: [{ ...claims.lines[0]!, value: '别人的餐饮店' }] }
    expect(await verifyLicence(key.publicKey, `${header}.${b64(forged)}.${signature}`)).toBeNull()
    const longer = { ...claims, exp: claims.exp! + 10 * 365 * 86_400 }
    expect(await verifyLicence(key.publicKey, `${header}.${b64(longer)}.${signature}`)).toBeNull()
  })

  it('refuses a licence signed with another key, an unsigned one, and text that is no licence', async () => {
    const other = loadLicenceKey({ signingKey: pem(), dataDir: '/nonexistent', production: true })
    expect(await verifyLicence(key.publicKey, await signLicence(other, claims))).toBeNull()
    expect(await verifyLicence(key.publicKey, `${b64({ alg: 'none', typ: 'licence+jws' })}.${b64(claims)}.`)).toBeNull()
    expect(await verifyLicence(key.publicKey, 'not a licence')).toBeNull()
  })
})

describe('the licence signing key', () => {
  it('is generated once for development into DATA_DIR, readable by the owner only, and the same after a restart', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'licence-key-'))
    try {
      const warnings: string[] = []
      const first = loadLicenceKey({ signingKey: undefined, dataDir: dir, production: false }, (m) => warnings.push(m))
      expect(statSync(path.join(dir, 'dev-licence-key.pem')).mode & 0o777).toBe(0o600)
      expect(warnings).toHaveLength(1)
      expect(loadLicenceKey({ signingKey: undefined, dataDir: dir, production: false }, (m) => warnings.push(m)).kid).toBe(first.kid)
      expect(warnings).toHaveLength(1)
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })

  it('is required in production, read from PEM or its base64, and refused when it is not Ed25519', () => {
    expect(() => loadLicenceKey({ signingKey: undefined, dataDir: '/nonexistent', production: true })).toThrow(/LICENCE_SIGNING_KEY is not set/)
    const text = pem()
    expect(loadLicenceKey({ signingKey: Buffer.from(text).toString('base64'), dataDir: '/x', production: true }).kid).toBe(loadLicenceKey({ signingKey: text, dataDir: '/x', production: true }).kid)
    const rsa = generateKeyPairSync('rsa', { modulusLength: 1024 }).privateKey.export({ type: 'pkcs8', format: 'pem' }) as string
    expect(() => loadLicenceKey({ signingKey: rsa, dataDir: '/x', production: true })).toThrow(/is a rsa key: licences are signed with Ed25519/)
    expect(() => loadLicenceKey({ signingKey: 'garbage', dataDir: '/x', production: true })).toThrow(/is not a private key in PEM/)
  })
})
