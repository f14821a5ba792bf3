import { personalFieldTypes, type FormField } from '../content/form.ts'

const personal: ReadonlySet<string> = new Set(personalFieldTypes)

/**
 * Whether a field holds personal information (GB/T 35273), decided by its type alone: a person's name,
 * ID number, phone, address or free text. Such values are encrypted at rest and masked in lookups.
 */
export function isPersonalField(field: Pick<FormField, 'type'>): boolean {
  return personal.has(field.type)
}
