import { indicators, type Grades, type Indicator } from './grades.ts'

/** An evaluation as statistics see it: grades and where it belongs; never who gave it. */
export type AnonymousEvaluation = { matterId: string | null; departmentId: string | null; grades: Grades; comment: string | null; day: string }

export type GradeSummary = {
  count: number
  /** Mean overall grade, two decimals; null with no evaluations. */
  meanOverall: number | null
  /** Share of 差评 (1-2), 0…1. */
  badShare: number
  distribution: Record<1 | 2 | 3 | 4 | 5, number>
  indicators: Record<Indicator, number | null>
}

export type EvaluationStatistics = { overall: GradeSummary; byMatter: Record<string, GradeSummary>; byDepartment: Record<string, GradeSummary> }

const round2 = (n: number) => Math.round(n * 100) / 100

function summarise(list: readonly AnonymousEvaluation[]): GradeSummary {
  const distribution = { 1: 0, 2: 0, 3: 0, 4: 0, 5: 0 }
  for (const e of list) distribution[e.grades.overall as 1 | 2 | 3 | 4 | 5]++
  const mean = (values: number[]) => (values.length === 0 ? null : round2(values.reduce((a, b) => a + b, 0) / values.length))
  const indicatorMeans = Object.fromEntries(
    indicators.map((i) => [i, mean(list.flatMap((e) => (e.grades[i] === undefined ? [] : [e.grades[i]!])))]),
  ) as Record<Indicator, number | null>
  return {
    count: list.length,
    meanOverall: mean(list.map((e) => e.grades.overall)),
    badShare: list.length === 0 ? 0 : round2((distribution[1] + distribution[2]) / list.length),
    distribution,
    indicators: indicatorMeans,
  }
}

function groupBy(list: readonly AnonymousEvaluation[], key: (e: AnonymousEvaluation) => string | null): Record<string, GradeSummary> {
  const groups = new Map<string, AnonymousEvaluation[]>()
  for (const e of list) {
    const k = key(e)
    if (k !== null) groups.set(k, [...(groups.get(k) ?? []), e])
  }
  return Object.fromEntries([...groups].sort(([a], [b]) => a.localeCompare(b)).map(([k, v]) => [k, summarise(v)]))
}

/** Statistics per matter and per department, as published (结果公开). */
export function evaluationStatistics(list: readonly AnonymousEvaluation[]): EvaluationStatistics {
  return { overall: summarise(list), byMatter: groupBy(list, (e) => e.matterId), byDepartment: groupBy(list, (e) => e.departmentId) }
}
