// npx tsx server/cli/staff-token.ts --name "窗口 5 李明" [--days 90]: creates a staff token for the desk at /staff
// and prints it once; the person's earlier tokens stop working. Only its SHA-256 is stored.
//   --list          lists live tokens (id, name, expiry; never secrets)
//   --revoke <id>   revokes one token at once (audited)
import { parseArgs } from 'node:util'
import { loadFeedbackSettings } from '../feedback/settings.ts'
import { loadSettings, SettingsError } from '../settings.ts'
import { issueStaffToken, revokeStaffToken, tokenView } from '../staff/token-admin.ts'
import { openStores } from '../store/stores.ts'
import { StoreStartError } from '../store/sqlite-file.ts'

function fail(message: string): never {
  console.error(message)
  process.exit(1)
}

const usage = 'Usage: npx tsx server/cli/staff-token.ts --name "窗口 5 李明" [--days 90] | --list | --revoke <token id>'
const { values } = (() => {
  try {
    return parseArgs({ options: { name: { type: 'string' }, days: { type: 'string' }, list: { type: 'boolean' }, revoke: { type: 'string' } }, strict: true })
  } catch (e) {
    return fail(`${(e as Error).message}\n${usage}`)
  }
})()
const name = values.name?.trim()
if ([name, values.list, values.revoke].filter(Boolean).length !== 1) fail(`Give one of --name, --list or --revoke.\n${usage}`)
let settings
try {
  settings = { ...loadSettings(), ...loadFeedbackSettings() }
} catch (e) {
  if (e instanceof SettingsError) fail(e.message)
  throw e
}
const days = values.days === undefined ? settings.staffTokenDays : Number(values.days)
if (!Number.isInteger(days) || days < 1 || days > 366) fail(`--days must be a whole number from 1 to 366, got "${values.days}"`)

const stores = await openStores(settings).catch((e: unknown) => (e instanceof StoreStartError ? fail(e.message) : Promise.reject(e)))
const repo = stores.feedback
const now = new Date()
try {
  if (values.list) {
    const live = await repo.liveStaffTokens(now)
    if (live.length === 0) console.log('No live staff tokens.')
    for (const t of live.map(tokenView)) console.log(`${t.id}  ${t.name}  valid until ${t.expiresAt}`)
  } else if (values.revoke) {
    if (!(await revokeStaffToken(repo, values.revoke.trim(), now, 'cli'))) fail(`No live staff token has the id "${values.revoke}" (see --list).`)
    console.log(`Revoked staff token ${values.revoke.trim()}: it no longer opens the staff desk.`)
  } else {
    const { token, stored, replaced } = await issueStaffToken(repo, name!, now, days, 'cli')
    for (const r of replaced) console.log(`Revoked the earlier token ${r.id} of ${r.name}.`)
    console.log(`Staff token for ${name}, valid until ${stored.expiresAt.toISOString()} (shown once, keep it safe):\n${token}`)
  }
} finally {
  await stores.close()
}
