import type { FormField } from '../content/form.ts'

/**
 * Whether a field holds personal information (GB/T 35273): marked `personal`, or by its nature an
 * ID number or a phone number. Such values are encrypted at rest and masked in logs and lookups.
 */
export function isPersonalField(field: FormField): boolean {
  return field.personal === true || field.type === 'id-card' || field.type === 'phone'
}
