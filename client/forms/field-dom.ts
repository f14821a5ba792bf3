import type { FieldValue } from '../../core/forms/form-data.ts'

/**
 * The DOM id of the input for a field, from its JSON pointer in the form data:
 * `/shareholders/0/shareholder-name` -> `field-shareholders-0-shareholder-name`. Error summaries link
 * here, and the server's 422 problems use the same pointers.
 */
export function fieldDomId(pointer: string): string {
  return 'field' + pointer.replace(/[^A-Za-z0-9_-]/g, '-')
}

/** The pointer of a field inside a scope: the form (`''`) or a group item (`/shareholders/0`). */
export function fieldPointer(prefix: string, fieldId: string): string {
  return `${prefix}/${fieldId.replace(/~/g, '~0').replace(/\//g, '~1')}`
}

/**
 * What a number box stores: a number once the text is one written plainly, otherwise the text as
 * typed ("1.", "1.50", "abc"), so typing is never rewritten under the cursor and validation still
 * sees what was typed.
 */
export function numberValue(text: string): FieldValue {
  const trimmed = text.trim()
  if (/^-?\d+(\.\d+)?$/.test(trimmed) && String(Number(trimmed)) === trimmed) return Number(trimmed)
  return text
}

/** The top-level field id a pointer starts with: `/shareholders/0/name` -> `shareholders`. */
export function topFieldOf(pointer: string): string {
  return (pointer.split('/')[1] ?? '').replace(/~1/g, '/').replace(/~0/g, '~')
}

/** Moves focus to a field's input (or its group's first control), as the error summary's links do. */
export function focusField(pointer: string): void {
  const target = document.getElementById(fieldDomId(pointer))
  if (!target) return
  target.scrollIntoView?.({ block: 'center' })
  target.focus()
}
