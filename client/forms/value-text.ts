import type { FormField } from '../../core/content/form.ts'
import { isEmptyValue, type FieldValue } from '../../core/forms/form-data.ts'
import { t, tx } from '../app/i18n.svelte.ts'

/** A field's value in words, for the review page and the conflict view: option labels, 是/否, items. */
export function valueText(field: FormField, value: FieldValue | undefined): string {
  if (value === undefined || isEmptyValue(value)) return t('form.not-answered')
  if (typeof value === 'boolean') return t(value ? 'form.yes' : 'form.no')
  const label = (v: string) => tx(field.options?.find((o) => o.value === v)?.label) || v
  if (Array.isArray(value)) {
    if (field.type === 'group') return t('form.items', { n: value.length })
    return (value as string[]).map(label).join(t('list.separator'))
  }
  if (typeof value === 'number') return String(value)
  return field.options ? label(value) : value
}
