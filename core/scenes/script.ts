import { z } from 'zod'
import { Condition } from '../conditions/condition.ts'
import { TimeLimit } from '../content/matter.ts'
import { Audience } from '../content/theme.ts'
import { Slug, Text } from '../content/text.ts'

/** Where the guide takes the visitor: a zone, a numbered window or a facility (desk, ticket machine...). */
export const Place = z.union([
  z.object({ zone: Slug }).strict(),
  z.object({ window: z.number().int().positive() }).strict(),
  z.object({ facility: Slug }).strict(),
])
export type Place = z.infer<typeof Place>

/** Where to go next: one step id, or branches tried in order (the last one usually has no `when`). */
export const Next = z.union([
  Slug,
  z.array(z.object({ when: Condition.optional(), to: Slug }).strict()).min(1),
])
export type Next = z.infer<typeof Next>

const base = { id: Slug }

export const SceneStep = z
  .object({
    ...base,
    kind: z.literal('scene'),
    place: Place,
    say: Text.describe('what the guide says'),
    cue: z.string().describe('a named animation cue, e.g. "walk"'),
    next: Next,
  })
  .strict()

export const ChoiceOption = z.object({ value: Slug, label: Text, hint: Text.optional() }).strict()

export const QuestionStep = z
  .object({
    ...base,
    kind: z.literal('question'),
    input: z.enum(['single', 'multiple', 'yes-no', 'number']),
    text: Text,
    hint: Text.optional(),
    options: z.array(ChoiceOption).min(2).optional().describe('for single and multiple'),
    min: z.number().optional(),
    max: z.number().optional(),
    unit: Text.optional().describe('for number, e.g. 平方米 / m²'),
    next: Next,
  })
  .strict()

export const InfoStep = z.object({ ...base, kind: z.literal('info'), title: Text, text: Text, next: Next }).strict()

/**
 * A promised time limit that holds only in one case of a matter (e.g. a combined loan is decided in 10
 * working days where a fund-only loan takes 5): the matter's own limit is for the usual case.
 */
export const PromisedLimitCase = z
  .object({ when: Condition, limit: TimeLimit.describe('承诺办结时限 in this case; never longer than the matter\'s legal limit') })
  .strict()
  .describe('the promised limit shown instead of the matter\'s own when the condition holds')

/** One matter on the outcome list, with when it applies and which conditional materials apply. */
export const OutcomeMatter = z
  .object({
    matter: Slug,
    when: Condition.optional(),
    materials: z.record(Slug, Condition).optional().describe('material id -> when that conditional material applies'),
    promisedLimits: z
      .array(PromisedLimitCase)
      .min(1)
      .optional()
      .describe('promised limits by case: the first whose condition holds replaces the matter\'s own promised limit'),
  })
  .strict()

/** A paragraph of the outcome's text shown only on the routes whose answers meet `when`. */
export const OutcomeParagraph = z
  .object({ when: Condition, text: Text })
  .strict()
  .describe('shown after the outcome text, only when the condition holds, e.g. a note for agents')

export const OutcomeStep = z
  .object({
    ...base,
    kind: z.literal('outcome'),
    title: Text,
    text: Text.optional(),
    paragraphs: z.array(OutcomeParagraph).optional().describe('per-route text: each paragraph shown only when its condition holds'),
    matters: z.array(OutcomeMatter).min(1),
  })
  .strict()

export const Step = z.discriminatedUnion('kind', [SceneStep, QuestionStep, InfoStep, OutcomeStep])
export type Step = z.infer<typeof Step>
export type QuestionStep = z.infer<typeof QuestionStep>
export type OutcomeStep = z.infer<typeof OutcomeStep>

/** `scenes/<id>.json`: one life situation (情形), written by editors. */
export const SceneScript = z
  .object({
    $schema: z.string().optional(),
    id: Slug,
    title: Text,
    summary: Text,
    theme: Slug,
    audience: Audience,
    start: Slug,
    steps: z.array(Step).min(1),
  })
  .strict()
export type SceneScript = z.infer<typeof SceneScript>
