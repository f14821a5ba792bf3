import { createHash, createPrivateKey, createPublicKey, generateKeyPairSync, type KeyObject } from 'node:crypto'
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'

/** The centre's licence key: signs with the private half; `kid` names the public half in each JWS header. */
export type LicenceKey = { privateKey: KeyObject; publicKey: KeyObject; kid: string }

/**
 * The key licences are signed with: LICENCE_SIGNING_KEY (an Ed25519 PKCS#8 PEM, or its base64). Required in
 * production; in development one is generated once into DATA_DIR/dev-licence-key.pem (0600), with a warning,
 * so licences issued before a restart still verify. Never copy that file to a real server.
 *
 * @throws Error naming the setting when the key is missing in production or is not an Ed25519 private key
 */
export function loadLicenceKey(options: { signingKey: string | undefined; dataDir: string; production: boolean }, warn: (message: string) => void = console.warn): LicenceKey {
  if (options.signingKey) return keyFrom(options.signingKey, 'LICENCE_SIGNING_KEY')
  if (options.production) {
    throw new Error('LICENCE_SIGNING_KEY is not set. Generate one with `openssl genpkey -algorithm ed25519 | base64 -w0` and set LICENCE_SIGNING_KEY to it; electronic licences cannot be issued without it.')
  }
  const file = path.join(options.dataDir, 'dev-licence-key.pem')
  if (!existsSync(file)) {
    mkdirSync(options.dataDir, { recursive: true, mode: 0o700 })
    const { privateKey } = generateKeyPairSync('ed25519')
    writeFileSync(file, privateKey.export({ type: 'pkcs8', format: 'pem' }), { mode: 0o600, flag: 'wx' })
    warn(`[licences] LICENCE_SIGNING_KEY is not set: generated a development signing key in ${file}. Set LICENCE_SIGNING_KEY on any real server.`)
  }
  return keyFrom(readFileSync(file, 'utf8'), file)
}

function keyFrom(text: string, source: string): LicenceKey {
  const pem = text.includes('-----BEGIN') ? text : Buffer.from(text.replace(/\s/g, ''), 'base64').toString('utf8')
  let privateKey: KeyObject
  try {
    privateKey = createPrivateKey(pem)
  } catch {
    throw new Error(`${source} is not a private key in PEM: generate one with \`openssl genpkey -algorithm ed25519\`.`)
  }
  if (privateKey.asymmetricKeyType !== 'ed25519') throw new Error(`${source} is a ${privateKey.asymmetricKeyType} key: licences are signed with Ed25519 (openssl genpkey -algorithm ed25519).`)
  const publicKey = createPublicKey(privateKey)
  const kid = createHash('sha256').update(publicKey.export({ type: 'spki', format: 'der' })).digest('base64url').slice(0, 16)
  return { privateKey, publicKey, kid }
}
