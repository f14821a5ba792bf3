import { z } from 'zod'
import { readDefinitions } from '../settings.ts'

const whole = (min: number, max: number, what: string) =>
  z.string().trim().regex(/^\d+$/, `use a whole number (${what})`).transform(Number).pipe(z.number().int().min(min, `at least ${min} (${what})`).max(max, `at most ${max}`))

const flag = z.string().trim().toLowerCase().refine((v) => ['true', 'false', '1', '0', 'yes', 'no'].includes(v), 'use true or false').transform((v) => ['true', '1', 'yes'].includes(v))

/** Papers the kiosk's printer may hold: A4 sheets or an 80 mm receipt roll. */
import { kioskPapers } from '../../core/api/kiosk.ts'

/**
 * The kiosk's settings, one row each in the shape of server/settings.ts `definitions`, so the lead can
 * spread them into that table (and the README table) unchanged.
 */
export const kioskSettingDefinitions = {
  kioskMode: { env: 'KIOSK_MODE', default: 'false', shown: 'false', meaning: 'true makes / open the touch-screen kiosk (/kiosk) for a terminal in the hall.', schema: flag },
  kioskIdleSeconds: { env: 'KIOSK_IDLE_SECONDS', default: '90', shown: '90', meaning: 'Seconds without a touch before the kiosk warns that it will clear the screen.', schema: whole(1, 3600, 'seconds') },
  // WCAG 2.2.1: at least 20 s to extend a time limit with a simple action.
  kioskWarningSeconds: { env: 'KIOSK_WARNING_SECONDS', default: '30', shown: '30', meaning: 'Seconds the warning counts down before everything is cleared; at least 20 (WCAG 2.2.1).', schema: whole(20, 600, 'seconds') },
  kioskPaper: { env: 'KIOSK_PAPER', default: 'a4', shown: 'a4', meaning: 'The kiosk printer paper: a4, or 80mm for a receipt roll.', schema: z.enum(kioskPapers, { error: 'use a4 or 80mm' }) },
  kioskReloadHours: { env: 'KIOSK_RELOAD_HOURS', default: '24', shown: '24', meaning: 'Hours after which an idle kiosk quietly reloads itself (0 turns it off).', schema: whole(0, 24 * 30, 'hours') },
  handoffTtlMinutes: { env: 'HANDOFF_TTL_MINUTES', default: '15', shown: '15', meaning: 'Minutes a phone hand-off code (QR or short code) stays valid.', schema: whole(1, 24 * 60, 'minutes') },
} as const

type Definitions = typeof kioskSettingDefinitions
export type KioskSettings = { [K in keyof Definitions]: z.output<Definitions[K]['schema']> }

/**
 * Reads the kiosk settings from environment variables, with defaults.
 *
 * @example loadKioskSettings({ KIOSK_IDLE_SECONDS: '60' }).kioskIdleSeconds // 60
 * @throws SettingsError naming each bad variable, e.g. `KIOSK_WARNING_SECONDS="5": at least 20 (seconds)`
 */
export function loadKioskSettings(env: Record<string, string | undefined> = process.env): KioskSettings {
  return readDefinitions(kioskSettingDefinitions, env)
}
