// npx tsx server/cli/staff-token.ts --name "窗口 5 李明" [--days 90]: creates a staff token for the desk at /staff
// and prints it once. Only its SHA-256 is stored; a lost token is replaced by making a new one.
import { parseArgs } from 'node:util'
import { loadFeedbackSettings } from '../feedback/settings.ts'
import { loadSettings, SettingsError } from '../settings.ts'
import { newStaffToken, staffTokenCreated } from '../staff/staff-token.ts'
import { openFeedbackRepository } from '../store/open-feedback-repository.ts'

function fail(message: string): never {
  console.error(message)
  process.exit(1)
}

const { values } = parseArgs({ options: { name: { type: 'string' }, days: { type: 'string' } }, strict: true })
const name = values.name?.trim()
if (!name) fail('Give the staff member\'s name: npx tsx server/cli/staff-token.ts --name "窗口 5 李明" [--days 90]')
let settings
try {
  settings = { ...loadSettings(), ...loadFeedbackSettings() }
} catch (e) {
  if (e instanceof SettingsError) fail(e.message)
  throw e
}
const days = values.days === undefined ? settings.staffTokenDays : Number(values.days)
if (!Number.isInteger(days) || days < 1 || days > 366) fail(`--days must be a whole number from 1 to 366, got "${values.days}"`)

const repo = await openFeedbackRepository(settings)
const { token, stored } = newStaffToken(name, new Date(), days)
await repo.insertStaffToken(stored, staffTokenCreated(stored, 'cli'))
await repo.close()
console.log(`Staff token for ${name}, valid until ${stored.expiresAt.toISOString()} (shown once, keep it safe):\n${token}`)
