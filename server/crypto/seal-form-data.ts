import type { FormDefinition, FormField } from '../../core/content/form.ts'
import type { FieldValue, FormData } from '../../core/forms/form-data.ts'
import { isPersonalField } from '../../core/forms/personal-fields.ts'
import { formFields } from '../../core/forms/validate-form.ts'
import { isItem } from '../../core/forms/visible-fields.ts'
import type { PersonalDataCipher } from './cipher.ts'

/** How a sealed value sits in stored JSON. Field ids never start with "$", so it cannot be mistaken. */
type Sealed = { $sealed: string }

/**
 * Encrypts the values of personal fields (and of any key the form does not know, since it may have
 * been personal in an older version) before a draft or application is stored.
 */
export function sealFormData(form: FormDefinition, data: FormData, cipher: PersonalDataCipher): Record<string, unknown> {
  return sealScope(formFields(form), data, cipher)
}

function sealScope(fields: readonly FormField[], data: FormData, cipher: PersonalDataCipher): Record<string, unknown> {
  const byId = new Map(fields.map((f) => [f.id, f]))
  const out: Record<string, unknown> = {}
  for (const [key, value] of Object.entries(data)) {
    const field = byId.get(key)
    if (field?.type === 'group' && Array.isArray(value) && (value as unknown[]).every(isItem)) {
      out[key] = (value as FormData[]).map((item) => sealScope(field.fields ?? [], item, cipher))
    } else if (!field || isPersonalField(field)) {
      out[key] = { $sealed: cipher.seal(JSON.stringify(value)) } satisfies Sealed
    } else out[key] = value
  }
  return out
}

/** Decrypts every sealed value, whatever form version sealed it. */
export function openFormData(stored: unknown, cipher: PersonalDataCipher): FormData {
  if (!isItem(stored as FieldValue)) return {}
  const out: FormData = {}
  for (const [key, value] of Object.entries(stored as Record<string, unknown>)) out[key] = openValue(value, cipher)
  return out
}

function openValue(value: unknown, cipher: PersonalDataCipher): FieldValue {
  if (isSealed(value)) return JSON.parse(cipher.open(value.$sealed)) as FieldValue
  if (Array.isArray(value) && value.every((v) => typeof v === 'object' && v !== null)) return value.map((item) => openFormData(item, cipher))
  return value as FieldValue
}

function isSealed(value: unknown): value is Sealed {
  return typeof value === 'object' && value !== null && typeof (value as Sealed).$sealed === 'string'
}
