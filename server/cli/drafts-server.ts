import { serve } from '@hono/node-server'
import { Hono } from 'hono'
import { readdir, readFile } from 'node:fs/promises'
import path from 'node:path'
import { FormDefinition } from '../../core/content/form.ts'
import { createCipher } from '../crypto/cipher.ts'
import { loadDataKey } from '../crypto/data-key.ts'
import { mountDraftApi } from '../drafts/mount-draft-api.ts'
import { clientAddress } from '../http/client-address.ts'
import { refusalHold } from '../http/refusal-hold.ts'
import { notFound, onError } from '../http/on-error.ts'
import { loadSettings, repoRoot, SettingsError } from '../settings.ts'
import { startPurge } from '../store/purge.ts'
import { openStores } from '../store/stores.ts'
import { StoreStartError } from '../store/sqlite-file.ts'

/**
 * Serves only the drafts and applications API, on 127.0.0.1:PORT (0 picks a free port), for the crash
 * test and the benchmark. Prints `listening on http://127.0.0.1:<port>` once it accepts connections.
 * It reads only content/forms/, so work in progress elsewhere in content/ does not stop it. Takes the
 * same settings as the server (rate limits included).
 *
 *   DATA_DIR=/tmp/d PORT=8787 npx tsx server/cli/drafts-server.ts
 */
async function loadForms(root: string): Promise<FormDefinition[]> {
  const dir = path.join(root, 'content', 'forms')
  const files = (await readdir(dir)).filter((f) => f.endsWith('.json')).sort()
  return Promise.all(
    files.map(async (file) => {
      const parsed = FormDefinition.safeParse(JSON.parse(await readFile(path.join(dir, file), 'utf8')))
      if (!parsed.success) throw new Error(`content/forms/${file}: ${parsed.error.issues.map((i) => `/${i.path.join('/')} ${i.message}`).join('; ')}`)
      return parsed.data
    }),
  )
}

function fail(message: string): never {
  console.error(message)
  process.exit(1)
}

const settings = (() => {
  try {
    return loadSettings({ ...process.env, PORT: process.env.PORT || '0' })
  } catch (e) {
    if (e instanceof SettingsError) fail(e.message)
    throw e
  }
})()
// Forms only: this bare server checks no matter's rules (trust levels).
const catalogue = { forms: await loadForms(process.env.CONTENT_DIR || repoRoot), matters: [] }
const stores = await openStores(settings).catch((e: unknown) => (e instanceof StoreStartError ? fail(e.message) : Promise.reject(e)))
const crypto = createCipher(loadDataKey(settings))
const clock = () => new Date()
const { repo } = stores
const store = stores.rateLimits((client) => crypto.hash('rate-limit', client))

const app = new Hono()
app.onError(onError)
app.notFound(notFound)
mountDraftApi(app, { repo, catalogue, settings, clock, crypto, limits: { store, clientOf: clientAddress(settings.trustedProxies.block), hold: refusalHold(settings.refusalDelayMs) } })
const stopPurge = startPurge({ repo, limits: store, clock, intervalMinutes: settings.purgeIntervalMinutes })

const server = serve({ fetch: app.fetch, port: settings.port, hostname: '127.0.0.1' }, (info) => {
  console.log(`listening on http://127.0.0.1:${info.port} (${repo.kind})`)
})

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    stopPurge()
    server.close(() => void stores.close().finally(() => process.exit(0)))
  })
}
