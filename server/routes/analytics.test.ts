import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { loadContentOrExplain } from '../content/load-content.ts'
import { feedbackTestApp } from '../feedback/feedback-test-app.ts'
import { repoRoot } from '../settings.ts'

const catalogue = await loadContentOrExplain(repoRoot)
let t: Awaited<ReturnType<typeof feedbackTestApp>>
beforeEach(async () => (t = await feedbackTestApp(catalogue)))
afterEach(async () => t.close())

const post = (event: unknown) => t.send('POST', '/api/analytics/events', event)

describe('anonymous journey analytics', () => {
  it('aggregates started, stopped-at-step and outcomes per scene script for staff', async () => {
    for (let i = 0; i < 3; i++) expect((await post({ kind: 'started', scene: 'open-restaurant', step: 'welcome' })).status).toBe(204)
    await post({ kind: 'stopped', scene: 'open-restaurant', step: 'floor-area' })
    await post({ kind: 'finished', scene: 'open-restaurant', step: 'your-list', outcome: 'your-list' })
    const funnel = (await (await t.asStaff('GET', '/api/staff/funnel')).json()) as any
    expect(funnel.scenes).toEqual([{ scene: 'open-restaurant', started: 3, finished: 1, stoppedAt: { 'floor-area': 1 }, outcomes: { 'your-list': 1 } }])
    // Staff read where people stopped by the question asked there, not by the step id.
    expect(funnel.steps['open-restaurant']['floor-area']).toEqual({ zh: '餐馆的经营面积有多大？', en: 'What is the floor area of the restaurant?' })
  })

  it('refuses steps and outcomes the scene does not have, and any extra field', async () => {
    expect((await post({ kind: 'stopped', scene: 'open-restaurant', step: 'no-such-step' })).status).toBe(422)
    expect((await post({ kind: 'finished', scene: 'open-restaurant', step: 'your-list', outcome: 'welcome' })).status).toBe(422)
    expect((await post({ kind: 'stopped', scene: 'open-restaurant', step: 'floor-area', answers: { 'floor-area': 120 } })).status).toBe(422)
    expect((await post({ kind: 'stopped', scene: 'open-restaurant', step: 'floor-area', name: '张三', phone: '13812345678' })).status).toBe(422)
  })

  it('stores no personal data: no address, no time of day, no answers, only ids and the day', async () => {
    t.state.client = '203.0.113.99'
    await post({ kind: 'started', scene: 'open-restaurant', step: 'welcome' })
    await post({ kind: 'finished', scene: 'open-restaurant', step: 'your-list', outcome: 'your-list' })
    const records = await t.deps.feedback.journeyEvents()
    const slug = /^[a-z0-9]+(-[a-z0-9]+)*$/
    for (const record of records) {
      expect(Object.keys(record).sort()).toEqual(Object.keys(record).filter((k) => ['day', 'kind', 'scene', 'step', 'outcome'].includes(k)).sort())
      expect(record.day).toMatch(/^\d{4}-\d{2}-\d{2}$/)
      for (const value of [record.scene, record.step, ...(record.outcome ? [record.outcome] : [])]) expect(value).toMatch(slug)
    }
    expect(JSON.stringify(records)).not.toContain('203.0.113.99')
    expect(JSON.stringify(records)).not.toMatch(/T\d\d:\d\d/)
  })
})
