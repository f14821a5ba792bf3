import type { FormDefinition, FormField } from '../form.ts'

/** Every field of a form, groups' inner fields included, with the pointer of each. */
export function formFields(form: FormDefinition): { field: FormField; pointer: string }[] {
  const all: { field: FormField; pointer: string }[] = []
  const walk = (fields: FormField[], base: string) =>
    fields.forEach((field, i) => {
      const pointer = `${base}/fields/${i}`
      all.push({ field, pointer })
      if (field.fields) walk(field.fields, pointer)
    })
  form.sections.forEach((section, i) => walk(section.fields, `/sections/${i}`))
  return all
}
