import { z } from 'zod'
import type { FormDefinition } from '../content/form.ts'
import type { Licence } from '../content/matter.ts'
import { Text } from '../content/text.ts'
import type { FormData } from '../forms/form-data.ts'

/** One line of a licence as printed: its label and the answer it shows (an option's label in both languages). */
export const LicenceLine = z.object({ id: z.string(), label: Text, value: z.union([z.string(), Text]) }).strict()
export type LicenceLine = z.infer<typeof LicenceLine>

/**
 * The signed content of an electronic licence (the JWS payload): what the licence shows and nothing more.
 * `jti` is its id (in the /verify/<id> QR code), `iss` the centre's public origin, `iat`/`exp` in seconds.
 */
export const LicenceClaims = z
  .object({
    iss: z.string(),
    jti: z.string(),
    iat: z.number().int(),
    exp: z.number().int().optional(),
    type: z.string(),
    name: Text,
    lines: z.array(LicenceLine),
  })
  .strict()
export type LicenceClaims = z.infer<typeof LicenceClaims>

/**
 * The lines a licence shows, from a finished application's answers: options by their labels, several
 * choices joined, numbers as written. An answer left empty shows as an empty line rather than vanishing.
 *
 * @example licenceLines(matter.licence, form, data) // [{ id: 'operator', label: { zh: '经营者名称', … }, value: '好味道餐饮店' }, …]
 */
export function licenceLines(licence: Licence, form: FormDefinition, data: FormData): LicenceLine[] {
  const fields = new Map(form.sections.flatMap((s) => s.fields).map((f) => [f.id, f]))
  return licence.fields.map(({ id, label, from }) => {
    const answer = data[from]
    const options = fields.get(from)?.options
    const labelOf = (v: unknown) => options?.find((o) => o.value === String(v))?.label
    if (options && Array.isArray(answer)) {
      const labels = answer.map((v) => labelOf(v) ?? { zh: String(v), en: String(v) })
      return { id, label, value: { zh: labels.map((l) => l.zh).join('、'), en: labels.map((l) => l.en).join(', ') } }
    }
    const option = options && answer !== undefined ? labelOf(answer) : undefined
    return { id, label, value: option ?? (answer === undefined || answer === null ? '' : String(answer)) }
  })
}

/** When a licence issued at `issuedAt` stops being valid (the same day `years` later), or null when it has no term. */
export function licenceExpiry(licence: Licence, issuedAt: Date): Date | null {
  if (licence.validYears === undefined) return null
  const end = new Date(issuedAt)
  end.setUTCFullYear(end.getUTCFullYear() + licence.validYears)
  return end
}

/** Where a licence stands for anyone who checks it. `forged`: its signature does not hold (not genuine). */
export type LicenceStatus = 'current' | 'expired' | 'revoked' | 'forged'

/** A licence a citizen holds, as far as sparing materials goes. */
export type HeldLicence = { id: string; type: string; status: LicenceStatus; name: Text }

/**
 * 免提交: the current licence a citizen holds that spares a material (content: the material's replacedBy),
 * or null. Expired, revoked or unverifiable licences spare nothing.
 *
 * @example sparingLicence({ replacedBy: 'food-business-licence' }, held) // the citizen's current 食品经营许可证, or null
 */
export function sparingLicence<L extends HeldLicence>(material: { replacedBy?: string | undefined }, held: readonly L[]): L | null {
  if (!material.replacedBy) return null
  return held.find((l) => l.type === material.replacedBy && l.status === 'current') ?? null
}
