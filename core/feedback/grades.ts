import { z } from 'zod'
import type { Text } from '../content/text.ts'

/** 好差评 grades: 5 非常满意 … 1 非常不满意 (国办发〔2019〕51号). */
export const Grade = z.number().int().min(1, 'grade from 1 to 5').max(5, 'grade from 1 to 5')
export type Grade = z.infer<typeof Grade>

export const gradeLabels: Record<Grade, Text> = {
  1: { zh: '非常不满意', en: 'Very dissatisfied' },
  2: { zh: '不满意', en: 'Dissatisfied' },
  3: { zh: '基本满意', en: 'Fairly satisfied' },
  4: { zh: '满意', en: 'Satisfied' },
  5: { zh: '非常满意', en: 'Very satisfied' },
}

/** The online indicators rated beside the overall grade. */
export const indicators = ['efficiency', 'guideAccuracy', 'convenience', 'usability'] as const
export type Indicator = (typeof indicators)[number]

export const indicatorLabels: Record<Indicator | 'overall', Text> = {
  overall: { zh: '整体满意度', en: 'Overall' },
  efficiency: { zh: '办事效率', en: 'Efficiency' },
  guideAccuracy: { zh: '办事指南精确度', en: 'Accuracy of the guide' },
  convenience: { zh: '办事便捷度', en: 'Convenience' },
  usability: { zh: '平台操作性', en: 'Ease of use of the site' },
}

export const Grades = z
  .object({ overall: Grade, efficiency: Grade.optional(), guideAccuracy: Grade.optional(), convenience: Grade.optional(), usability: Grade.optional() })
  .strict()
export type Grades = z.infer<typeof Grades>

/** 1 and 2 are a bad review (差评): each is followed up within a deadline. */
export function isBadReview(grade: Grade): boolean {
  return grade <= 2
}
