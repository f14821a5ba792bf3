import { z } from 'zod'
import { normalizeIdCard, validateIdCard } from '../forms/validate-id-card.ts'
import { TrustLevel, trustLevelOf } from './trust-level.ts'

/** Who is signed in, as the pages and the forms see it. Never holds a token. */
export const Citizen = z.object({
  /** 'person' signed in through the identity service; 'company' with a legal person's certificate. */
  kind: z.enum(['person', 'company']),
  name: z.string(),
  /** 18-character ID number (居民身份证号码) for a person, or the company's USCC. */
  idNumber: z.string().nullable(),
  phone: z.string().nullable(),
  trustLevel: TrustLevel,
})
export type Citizen = z.infer<typeof Citizen>

/** Which claim holds what: providers name the ID number and the level differently. */
export type ClaimNames = { name: string; idNumber: string; phone: string; trustLevel: string }

export const defaultClaimNames: ClaimNames = { name: 'name', idNumber: 'id_card', phone: 'phone_number', trustLevel: 'acr' }

/**
 * The citizen an identity's claims describe. A claim that is missing or malformed is left out (null)
 * rather than trusted: a form then asks for it as usual.
 *
 * @example citizenFromClaims({ sub: 'a1', name: '李敏', acr: 'loa-3' }, defaultClaimNames, {}) // { kind: 'person', name: '李敏', trustLevel: 3, ... }
 */
export function citizenFromClaims(claims: Record<string, unknown>, names: ClaimNames, levels: Readonly<Record<string, number>>): Citizen {
  const text = (key: string) => {
    const v = claims[key]
    return typeof v === 'string' && v.trim() !== '' ? v.trim() : null
  }
  const id = text(names.idNumber)
  const phone = text(names.phone)?.replace(/^\+86\s*/, '').replace(/[\s-]/g, '') ?? null
  return {
    kind: 'person',
    name: text(names.name) ?? text('preferred_username') ?? '',
    idNumber: id && validateIdCard(id) === null ? normalizeIdCard(id) : null,
    phone: phone && /^1\d{10}$/.test(phone) ? phone : null,
    trustLevel: trustLevelOf(claims[names.trustLevel], levels),
  }
}
