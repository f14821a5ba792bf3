import { z } from 'zod'

const positiveNumber = (name: string, fallback: number) =>
  z
    .string()
    .optional()
    .transform((v, ctx) => {
      if (v === undefined || v.trim() === '') return fallback
      const n = Number(v)
      if (!Number.isFinite(n) || n <= 0) {
        ctx.addIssue({ code: 'custom', message: `${name} must be a positive number, got "${v}"` })
        return z.NEVER
      }
      return n
    })

const DraftEnv = z.object({
  DATA_DIR: z.string().optional().transform((v) => (v && v.trim() !== '' ? v : 'data')),
  DATABASE_URL: z
    .string()
    .optional()
    .transform((v) => (v && v.trim() !== '' ? v : undefined))
    .refine((v) => v === undefined || /^postgres(ql)?:\/\//.test(v), 'DATABASE_URL must start with postgres:// (leave it unset to use SQLite in DATA_DIR)'),
  DATA_KEY: z.string().optional().transform((v) => (v && v.trim() !== '' ? v.trim() : undefined)),
  DRAFT_TTL_DAYS: positiveNumber('DRAFT_TTL_DAYS', 30),
  PURGE_INTERVAL_MINUTES: positiveNumber('PURGE_INTERVAL_MINUTES', 60),
  LOOKUP_RATE_PER_MINUTE: positiveNumber('LOOKUP_RATE_PER_MINUTE', 10),
  DRAFT_MAX_KB: positiveNumber('DRAFT_MAX_KB', 256),
  NODE_ENV: z.string().optional(),
})

/** The settings of drafts, applications and their storage. */
export type DraftSettings = {
  /** Where the SQLite file and the development data key live. */
  dataDir: string
  /** PostgreSQL when set; SQLite in `dataDir` otherwise. */
  databaseUrl: string | undefined
  /** base64 of 32 bytes; required in production, generated in `dataDir` in development. */
  dataKey: string | undefined
  draftTtlDays: number
  purgeIntervalMinutes: number
  lookupRatePerMinute: number
  /** The largest request body a draft save may send. */
  draftMaxBytes: number
  production: boolean
}

/**
 * Reads the draft settings from the environment, refusing nonsense with a message that names the
 * variable. To be merged into server/settings.ts.
 *
 * @example loadDraftSettings(process.env).draftTtlDays // 30
 */
export function loadDraftSettings(env: Record<string, string | undefined>): DraftSettings {
  const parsed = DraftEnv.safeParse(env)
  if (!parsed.success) throw new Error(`Bad settings: ${parsed.error.issues.map((i) => i.message).join('; ')}`)
  const e = parsed.data
  return {
    dataDir: e.DATA_DIR,
    databaseUrl: e.DATABASE_URL,
    dataKey: e.DATA_KEY,
    draftTtlDays: e.DRAFT_TTL_DAYS,
    purgeIntervalMinutes: e.PURGE_INTERVAL_MINUTES,
    lookupRatePerMinute: Math.floor(e.LOOKUP_RATE_PER_MINUTE),
    draftMaxBytes: Math.floor(e.DRAFT_MAX_KB * 1024),
    production: e.NODE_ENV === 'production',
  }
}
