import { z } from 'zod'

/** A calendar date in China (UTC+8), written 2026-10-01. */
export const IsoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'write the date as YYYY-MM-DD, e.g. 2026-10-01')
  .refine((d) => !Number.isNaN(Date.parse(`${d}T00:00:00Z`)) && new Date(`${d}T00:00:00Z`).toISOString().startsWith(d), 'this date does not exist')
export type IsoDate = z.infer<typeof IsoDate>

/**
 * content/calendar/<year>.json: one year of the State Council's holiday schedule (放假调休), as data,
 * so the yearly notice is an editor's change and never a code change.
 */
export const CalendarFile = z
  .object({
    $schema: z.string().optional(),
    year: z.number().int().min(2000).max(2100),
    source: z.string().min(1).describe('where the dates come from; say so when they are provisional'),
    provisional: z.boolean().default(false).describe('true until the official notice for the year is published'),
    holidays: z.array(z.object({ name: z.string().min(1), from: IsoDate, to: IsoDate }).strict()),
    adjustedWorkdays: z.array(IsoDate).describe('weekend days that are working days (调休上班)'),
  })
  .strict()
export type CalendarFile = z.infer<typeof CalendarFile>
