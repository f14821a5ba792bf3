import { describe, expect, it } from 'vitest'
import { evaluationStatistics, type AnonymousEvaluation } from './evaluation-statistics.ts'

const e = (matterId: string, departmentId: string, overall: number, efficiency?: number): AnonymousEvaluation => ({
  matterId, departmentId, grades: { overall, ...(efficiency ? { efficiency } : {}) }, comment: null, day: '2026-11-25',
})

describe('evaluation statistics', () => {
  it('summarises per matter and department with the share of bad reviews', () => {
    const stats = evaluationStatistics([e('food-business-licence', 'market', 1, 2), e('food-business-licence', 'market', 5, 4), e('company-seal-engraving', 'police', 4)])
    expect(stats.overall.count).toBe(3)
    expect(stats.overall.meanOverall).toBe(3.33)
    expect(stats.byMatter['food-business-licence']).toMatchObject({ count: 2, meanOverall: 3, badShare: 0.5, distribution: { 1: 1, 5: 1 } })
    expect(stats.byMatter['food-business-licence']!.indicators.efficiency).toBe(3)
    expect(stats.byDepartment.police!.indicators.efficiency).toBeNull()
  })

  it('reports no mean when nothing was rated', () => {
    expect(evaluationStatistics([]).overall).toMatchObject({ count: 0, meanOverall: null, badShare: 0 })
  })
})
