import { z } from 'zod'
import { readDefinitions } from '../settings.ts'

/** Electronic licences (电子证照): the key the centre signs them with. */
export const licenceSettingDefinitions = {
  licenceSigningKey: {
    env: 'LICENCE_SIGNING_KEY', default: undefined, shown: '(unset: a development key in DATA_DIR)',
    meaning: 'The Ed25519 private key electronic licences are signed with (JWS, EdDSA): PKCS#8 PEM, or that PEM in base64 on one line; required in production (generate: openssl genpkey -algorithm ed25519).',
    schema: z.string().trim().optional(),
  },
} as const

export type LicenceSettings = { signingKey: string | undefined }

/** @throws SettingsError on a malformed value */
export function loadLicenceSettings(env: Record<string, string | undefined> = process.env): LicenceSettings {
  return { signingKey: readDefinitions(licenceSettingDefinitions, env).licenceSigningKey || undefined }
}
