import { z } from 'zod'

/**
 * How sure the identity service is of who signed in, 1 (self-declared) to 5 (certificate or in
 * person), after the provincial unified identity services (Guangdong: level 2 registered online up
 * to level 5 verified in person; a legal person's CA certificate is level 4).
 */
export const TrustLevel = z.number().int().min(1).max(5)
export type TrustLevel = z.infer<typeof TrustLevel>

/**
 * The level a claim value stands for: the configured map first (e.g. `{ "urn:gd:loa:high": 4 }`),
 * else a number, or the last digit of a value such as `loa-3` or `urn:example:level:4`. An absent
 * or unreadable value is level 1: nothing proves more.
 *
 * @example trustLevelOf('loa-3', {}) // 3
 */
export function trustLevelOf(value: unknown, map: Readonly<Record<string, number>>): TrustLevel {
  if (typeof value === 'string' && map[value] !== undefined) return clamp(map[value])
  if (typeof value === 'number') return clamp(value)
  if (typeof value !== 'string') return 1
  const digits = /(\d+)\s*$/.exec(value)
  return digits ? clamp(Number(digits[1])) : 1
}

function clamp(level: number): TrustLevel {
  return Number.isInteger(level) ? Math.min(5, Math.max(1, level)) : 1
}

/**
 * Whether a citizen may submit online a matter that needs `required` (unset: anyone may). Null when
 * they may; else the level needed and the one they hold (null: not signed in).
 *
 * @example levelShortfall(3, 2) // { required: 3, held: 2 }
 */
export function levelShortfall(required: TrustLevel | undefined, held: TrustLevel | null): { required: TrustLevel; held: TrustLevel | null } | null {
  if (required === undefined || (held !== null && held >= required)) return null
  return { required, held }
}
