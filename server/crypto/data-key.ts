import { randomBytes } from 'node:crypto'
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import type { Settings } from '../settings.ts'

/**
 * The key personal data is encrypted with: DATA_KEY (base64 of 32 bytes). In production it is required.
 * In development, one is generated once in DATA_DIR/dev-data-key, with a warning, so drafts survive
 * restarts; never copy that file to a real server.
 */
export function loadDataKey(settings: Pick<Settings, 'dataKey' | 'dataDir' | 'production'>, warn: (message: string) => void = console.warn): Buffer {
  if (settings.dataKey) return decodeKey(settings.dataKey, 'DATA_KEY')
  if (settings.production) {
    throw new Error('DATA_KEY is not set. Generate one with `openssl rand -base64 32` and set DATA_KEY to it; personal data cannot be stored without it.')
  }
  const file = path.join(settings.dataDir, 'dev-data-key')
  if (existsSync(file)) return decodeKey(readFileSync(file, 'utf8').trim(), file)
  mkdirSync(settings.dataDir, { recursive: true, mode: 0o700 })
  writeFileSync(file, randomBytes(32).toString('base64') + '\n', { mode: 0o600, flag: 'wx' })
  warn(`[drafts] DATA_KEY is not set: generated a development key in ${file}. Set DATA_KEY (openssl rand -base64 32) on any real server.`)
  return decodeKey(readFileSync(file, 'utf8').trim(), file)
}

function decodeKey(text: string, source: string): Buffer {
  const key = Buffer.from(text, 'base64')
  if (key.length !== 32 || key.toString('base64') !== text.replace(/\s/g, '')) {
    throw new Error(`${source} must be 32 random bytes in base64 (44 characters); generate one with \`openssl rand -base64 32\`.`)
  }
  return key
}
