import { z } from 'zod'
import { Phone, Slug, Text } from './text.ts'

/** A department stationed in the hall (进驻部门, GB/T 32168 3.2). */
export const Department = z
  .object({
    id: Slug,
    name: Text,
    shortName: Text.optional(),
    description: Text,
    consultationPhone: Phone.describe('咨询电话'),
    complaintPhone: Phone.describe('监督投诉电话; must differ from the consultation phone'),
    website: z.string().url().optional(),
    address: Text.optional(),
  })
  .strict()
export type Department = z.infer<typeof Department>

/** `content/departments.json` */
export const DepartmentsFile = z
  .object({ $schema: z.string().optional(), departments: z.array(Department).min(1) })
  .strict()
export type DepartmentsFile = z.infer<typeof DepartmentsFile>
