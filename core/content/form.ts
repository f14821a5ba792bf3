import { z } from 'zod'
import { Condition } from '../conditions/condition.ts'
import { Slug, Text } from './text.ts'

export const fieldTypes = ['text', 'person-name', 'textarea', 'number', 'date', 'select', 'radio', 'checkbox', 'address', 'phone', 'id-card', 'uscc', 'group'] as const

/**
 * The types whose values are personal data (GB/T 35273): a natural person's name, ID number, phone,
 * address, and free text (which may say anything about anyone). Their values are encrypted at rest on
 * every store; a form field holding such data must have one of these types (a content check fails otherwise).
 */
export const personalFieldTypes = ['person-name', 'id-card', 'phone', 'address', 'textarea'] as const satisfies readonly (typeof fieldTypes)[number][]

const Option = z.object({ value: z.string().min(1), label: Text }).strict()

export type FormField = {
  id: string
  type: (typeof fieldTypes)[number]
  label: TextValue
  help?: TextValue
  required?: boolean | Condition
  when?: Condition
  options?: { value: string; label: TextValue }[]
  min?: number
  max?: number
  maxLength?: number
  prefill?: string
  identity?: 'name' | 'id-number' | 'phone'
  fields?: FormField[]
  minItems?: number
  maxItems?: number
}
type TextValue = z.infer<typeof Text>

/**
 * One field. `required` and `when` take the scene scripts' condition language, reading other fields
 * by id. `prefill` names a journey question whose answer fills this field. `group` repeats `fields`.
 */
export const FormField: z.ZodType<FormField> = z.lazy(() =>
  z
    .object({
      id: Slug,
      type: z.enum(fieldTypes).describe('person-name, id-card, phone, address and textarea hold personal data: encrypted at rest'),
      label: Text,
      help: Text.optional(),
      required: z.union([z.boolean(), Condition]).optional(),
      when: Condition.optional(),
      options: z.array(Option).min(1).optional(),
      min: z.number().optional(),
      max: z.number().optional(),
      maxLength: z.number().int().positive().optional(),
      prefill: z.string().optional().describe('a question id of the journey whose answer fills this field'),
      identity: z.enum(['name', 'id-number', 'phone']).optional().describe("filled from the signed-in citizen's verified identity (name, ID number, phone); not editable unless the matter's online.identityEditable"),
      fields: z.array(FormField).min(1).optional(),
      minItems: z.number().int().min(0).optional(),
      maxItems: z.number().int().positive().optional(),
    })
    .strict(),
).meta({ id: 'FormField' })

export const FormSection = z.object({ id: Slug, title: Text, help: Text.optional(), fields: z.array(FormField).min(1) }).strict()

/** How saved drafts move from one form version to the next. */
export const FormMigration = z
  .object({
    from: z.number().int().positive(),
    rename: z.record(z.string(), z.string()).default({}).describe('old field id -> new field id'),
    remove: z.array(z.string()).default([]).describe('fields dropped; their saved values are shown to the citizen'),
  })
  .strict()

/** `content/forms/<id>.json`: an online application form. */
export const FormDefinition = z
  .object({
    $schema: z.string().optional(),
    id: Slug,
    version: z.number().int().positive(),
    matter: Slug,
    title: Text,
    intro: Text.optional(),
    sections: z.array(FormSection).min(1),
    migrations: z.array(FormMigration).default([]),
  })
  .strict()
export type FormDefinition = z.infer<typeof FormDefinition>
