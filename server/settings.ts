import { isAbsolute, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { z } from 'zod'
import { parseTrustedProxies } from './http/client-address.ts'

/** The repository root (this file lives in server/). */
export const repoRoot = fileURLToPath(new URL('..', import.meta.url))

const path = z.string().trim().min(1, 'give a directory path').transform((p) => (isAbsolute(p) ? p : resolve(p)))
const int = (min: number, max: number, what: string) =>
  z.string().trim().regex(/^\d+$/, `use a whole number (${what})`).transform(Number).pipe(z.number().int().min(min, `at least ${min}`).max(max, `at most ${max}`))

const positive = (what: string) =>
  z.string().trim().transform(Number).pipe(z.number({ error: `use a positive number (${what})` }).positive(`use a positive number (${what})`))

const perMinute = (what: string) => positive(what).transform(Math.floor)

const origin = z
  .string()
  .trim()
  .transform((v, ctx) => {
    try {
      const url = new URL(v)
      if ((url.protocol === 'http:' || url.protocol === 'https:') && (url.pathname === '/' || url.pathname === '') && !url.search && !url.hash && !url.username) return url.origin
    } catch {
      // reported below
    }
    ctx.addIssue({ code: 'custom', message: 'give the scheme and host citizens use, e.g. https://lobby.example.gov.cn (no path)' })
    return z.NEVER
  })

const proxies = z.string().transform((v, ctx) => {
  try {
    return { list: v.trim(), block: parseTrustedProxies(v) }
  } catch (e) {
    ctx.addIssue({ code: 'custom', message: (e as Error).message })
    return z.NEVER
  }
})

export const logLevels = ['debug', 'info', 'warn', 'error', 'silent'] as const

/**
 * Every environment variable the server reads. One entry per setting: adding a setting (drafts,
 * kiosk...) is adding a row here; the README table is generated from `settingsTable`.
 */
const definitions = {
  port: { env: 'PORT', default: '8080', shown: '8080', meaning: 'TCP port the server listens on (0 picks a free port).', schema: int(0, 65535, 'a port, 0-65535') },
  host: { env: 'HOST', default: '0.0.0.0', shown: '0.0.0.0', meaning: 'Interface to listen on; 127.0.0.1 keeps it to this machine.', schema: z.string().trim().min(1, 'give a host name or IP address') },
  dataDir: { env: 'DATA_DIR', default: './data', shown: './data', meaning: 'Where saved drafts and applications are stored.', schema: path },
  contentDir: { env: 'CONTENT_DIR', default: repoRoot, shown: '(repository root)', meaning: 'Folder holding content/ and scenes/.', schema: path },
  clientDir: { env: 'CLIENT_DIR', default: resolve(repoRoot, 'dist/client'), shown: '(repository root)/dist/client', meaning: 'The built browser client (vite build) served at /.', schema: path },
  bodyLimitBytes: { env: 'BODY_LIMIT_BYTES', default: '65536', shown: '65536', meaning: 'Largest request body accepted, in bytes; bigger bodies get 413.', schema: int(1, 100 * 1024 * 1024, 'bytes') },
  databaseUrl: {
    env: 'DATABASE_URL', default: undefined, shown: '(unset: SQLite in DATA_DIR)', meaning: 'PostgreSQL connection URL for everything stored (one pool of 16 connections per instance).',
    schema: z.string().trim().regex(/^postgres(ql)?:\/\//, 'start it with postgres:// (leave it unset to use SQLite in DATA_DIR)').optional(),
  },
  dataKey: {
    env: 'DATA_KEY', default: undefined, shown: '(unset: a development key in DATA_DIR)', meaning: 'base64 of 32 random bytes that encrypts personal form data at rest; required in production.',
    schema: z.string().trim().optional(),
  },
  draftTtlDays: { env: 'DRAFT_TTL_DAYS', default: '30', shown: '30', meaning: 'Days an untouched draft is kept before it is purged.', schema: positive('days') },
  purgeIntervalMinutes: { env: 'PURGE_INTERVAL_MINUTES', default: '60', shown: '60', meaning: 'Minutes between purges of expired drafts, expired hand-offs and full rate-limit buckets.', schema: positive('minutes') },
  lookupRatePerMinute: {
    env: 'LOOKUP_RATE_PER_MINUTE', default: '10', shown: '10', meaning: 'Guesses of a secret allowed per client per minute: draft resume codes, application look-ups and evaluations by number (one budget), hand-off look-ups and cancellations.',
    schema: perMinute('look-ups per minute'),
  },
  createRatePerMinute: { env: 'CREATE_RATE_PER_MINUTE', default: '20', shown: '20', meaning: 'New drafts, and new hand-off codes, allowed per client per minute (each its own budget).', schema: perMinute('per minute') },
  saveRatePerMinute: { env: 'SAVE_RATE_PER_MINUTE', default: '240', shown: '240', meaning: 'Draft saves (autosaves included) and submits allowed per client per minute, at most a twelfth of them (5 seconds\' worth) at once.', schema: perMinute('saves per minute') },
  refusalDelayMs: {
    env: 'REFUSAL_DELAY_MS', default: '1000', shown: '1000', meaning: 'Milliseconds a request refused by a rate limit waits before its 429 is sent (never longer than the limit\'s own wait; at most 1000 refusals wait at once), so one client cannot make the server spend its time refusing. 0 answers at once.',
    schema: int(0, 60_000, 'milliseconds'),
  },
  trustedProxies: {
    env: 'TRUSTED_PROXIES', default: '', shown: '(none)', meaning: 'IP addresses or CIDR blocks of your reverse proxies; only from these is X-Forwarded-For believed, to tell clients apart for rate limits.',
    schema: proxies,
  },
  publicOrigin: {
    env: 'PUBLIC_ORIGIN', default: undefined, shown: '(http://localhost:PORT; required in production)', meaning: 'Scheme and host citizens reach the site at; every absolute URL the product prints (QR codes, hand-off links) uses it, never the request\'s Host header.',
    schema: origin.optional(),
  },
  draftMaxBytes: { env: 'DRAFT_MAX_KB', default: '256', shown: '256', meaning: 'Largest draft a save may send, in KiB.', schema: positive('KiB').transform((kb) => Math.floor(kb * 1024)) },
  production: { env: 'NODE_ENV', default: 'development', shown: 'development', meaning: 'production demands DATA_KEY and PUBLIC_ORIGIN and hides development conveniences.', schema: z.string().transform((v) => v === 'production') },
  smtpUrl: {
    env: 'SMTP_URL', default: undefined, shown: '(unset: no e-mail is sent)', meaning: 'SMTP server for notification e-mails (§6.3 reminders), e.g. smtps://user:password@smtp.example.gov.cn:465; unset, e-mails stay in the outbox marked failed with the reason.',
    schema: z.string().trim().regex(/^smtps?:\/\//, 'start it with smtp:// or smtps://').optional(),
  },
  mailFrom: {
    env: 'MAIL_FROM', default: 'noreply@localhost', shown: 'noreply@localhost', meaning: 'Sender address of notification e-mails, e.g. "政务服务中心 <noreply@example.gov.cn>".',
    schema: z.string().trim().min(3, 'give an e-mail address'),
  },
  testClockStart: {
    env: 'TEST_CLOCK_START', default: undefined, shown: '(unset: the real time)',
    meaning: 'End-to-end tests only: the server\'s clock starts at this instant (ISO 8601 with its offset, e.g. 2026-12-07T10:00:00+08:00) and runs on from there, so a suite can take tickets on a working day. Refused when NODE_ENV=production.',
    schema: z.string().trim().refine((v) => /^\d{4}-\d\d-\d\dT\d\d:\d\d(:\d\d)?(Z|[+-]\d\d:\d\d)$/.test(v) && !Number.isNaN(Date.parse(v)), 'give an instant with its offset, e.g. 2026-12-07T10:00:00+08:00').transform((v) => new Date(v)).optional(),
  },
  logLevel: { env: 'LOG_LEVEL', default: 'info', shown: 'info', meaning: `How much the server logs: ${logLevels.join(', ')}. debug logs every request (by its route, never a token or a query).`, schema: z.enum(logLevels, { error: `use one of ${logLevels.join(', ')}` }) },
} as const

type Definitions = typeof definitions
export type Settings = Omit<{ [K in keyof Definitions]: z.output<Definitions[K]['schema']> }, 'publicOrigin'> & { publicOrigin: string }

export type SettingRow = { name: string; default: string; meaning: string }

/** README rows of any table of definitions in this shape (server/kiosk/settings.ts has one too). */
export function settingRows(defs: Record<string, { env: string; shown: string; meaning: string }>): SettingRow[] {
  return Object.values(defs).map((d) => ({ name: d.env, default: d.shown, meaning: d.meaning }))
}

/** Name, default and meaning of every setting read here, for the README. */
export const settingsTable: SettingRow[] = settingRows(definitions)

/** Thrown at start-up; its message names every bad variable, its value and what to write instead. */
export class SettingsError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid settings:\n${problems.map((p) => `  ${p}`).join('\n')}`)
    this.name = 'SettingsError'
  }
}

/**
 * Reads the settings from environment variables, with defaults.
 *
 * @example const settings = loadSettings() // { port: 8080, host: '0.0.0.0', ... }
 * @throws SettingsError naming each invalid variable, e.g. `PORT="80a": use a whole number (a port, 0-65535)`
 */
export function loadSettings(env: Record<string, string | undefined> = process.env): Settings {
  const read = readDefinitions(definitions, env)
  if (read.production && read.testClockStart) throw new SettingsError(['TEST_CLOCK_START is set: it is for end-to-end tests only; unset it in production'])
  if (read.publicOrigin !== undefined) return { ...read, publicOrigin: read.publicOrigin }
  // Never the request's Host header: anyone can send any Host, and the link would lead there.
  if (read.production) throw new SettingsError(['PUBLIC_ORIGIN is not set: in production give the address citizens reach the site at, e.g. https://lobby.example.gov.cn'])
  return { ...read, publicOrigin: `http://localhost:${read.port}` }
}

/** One setting: its variable, default (a string, parsed like any value), README text and schema. */
export type SettingDefinition = { env: string; default: string | undefined; shown: string; meaning: string; schema: z.ZodType }

/**
 * Reads a table of definitions from the environment; server/kiosk and server/feedback have tables too.
 * An empty variable counts as unset.
 *
 * @throws SettingsError naming every bad variable at once, not just the first
 */
export function readDefinitions<D extends Record<string, SettingDefinition>>(
  defs: D,
  env: Record<string, string | undefined>,
): { [K in keyof D]: z.output<D[K]['schema']> } {
  const settings: Record<string, unknown> = {}
  const problems: string[] = []
  for (const [key, d] of Object.entries(defs)) {
    const raw = env[d.env]
    const parsed = d.schema.safeParse(raw === undefined || raw.trim() === '' ? d.default : raw)
    if (parsed.success) settings[key] = parsed.data
    else problems.push(`${d.env}=${JSON.stringify(raw)}: ${parsed.error.issues.map((i) => i.message).join('; ')}`)
  }
  if (problems.length > 0) throw new SettingsError(problems)
  return settings as { [K in keyof D]: z.output<D[K]['schema']> }
}

/**
 * The settings as a Markdown table, for the README.
 *
 * @example settingsMarkdown([...settingsTable, ...settingRows(kioskSettingDefinitions)])
 */
export function settingsMarkdown(table: SettingRow[] = settingsTable): string {
  const rows = table.map((r) => `| \`${r.name}\` | \`${r.default}\` | ${r.meaning} |`)
  return ['| Variable | Default | Meaning |', '|---|---|---|', ...rows].join('\n')
}
