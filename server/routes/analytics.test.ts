import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { loadContentOrExplain } from '../content/load-content.ts'
import { feedbackTestApp } from '../feedback/feedback-test-app.ts'
import { repoRoot } from '../settings.ts'

const catalogue = await loadContentOrExplain(repoRoot)
let t: Awaited<ReturnType<typeof feedbackTestApp>>
beforeEach(async () => (t = await feedbackTestApp(catalogue)))
afterEach(async () => t.close())

const post = (event: unknown) => t.send('POST', '/api/analytics/events', event)
let journeys = 0
/** A fresh journey id, as each walk through a scene gets in the browser. */
const newJourney = () => `journey-${String(++journeys).padStart(6, '0')}`

describe('anonymous journey analytics', () => {
  it('aggregates started, stopped-at-step and outcomes per scene script for staff', async () => {
    const [a, b, c] = [newJourney(), newJourney(), newJourney()]
    for (const journey of [a, b, c]) expect((await post({ kind: 'started', journey, scene: 'open-restaurant', step: 'welcome' })).status).toBe(204)
    await post({ kind: 'stopped', journey: a, scene: 'open-restaurant', step: 'floor-area' })
    await post({ kind: 'finished', journey: b, scene: 'open-restaurant', step: 'your-list', outcome: 'your-list' })
    const funnel = (await (await t.asStaff('GET', '/api/staff/funnel')).json()) as any
    expect(funnel.scenes).toEqual([{ scene: 'open-restaurant', started: 3, finished: 1, stoppedAt: { 'floor-area': 1 }, outcomes: { 'your-list': 1 } }])
    // Staff read where people stopped by the question asked there, not by the step id.
    expect(funnel.steps['open-restaurant']['floor-area']).toEqual({ zh: '餐馆的经营面积有多大？', en: 'What is the floor area of the restaurant?' })
  })

  it('refuses steps and outcomes the scene does not have, and any extra field', async () => {
    const journey = newJourney()
    expect((await post({ kind: 'stopped', journey, scene: 'open-restaurant', step: 'no-such-step' })).status).toBe(422)
    expect((await post({ kind: 'finished', journey, scene: 'open-restaurant', step: 'your-list', outcome: 'welcome' })).status).toBe(422)
    expect((await post({ kind: 'stopped', journey, scene: 'open-restaurant', step: 'floor-area', answers: { 'floor-area': 120 } })).status).toBe(422)
    expect((await post({ kind: 'stopped', journey, scene: 'open-restaurant', step: 'floor-area', name: '张三', phone: '13812345678' })).status).toBe(422)
    expect((await post({ kind: 'stopped', scene: 'open-restaurant', step: 'floor-area' })).status).toBe(422)
  })

  it('stores no personal data: no address, no time of day, no answers, only ids and the day', async () => {
    t.state.client = '203.0.113.99'
    const journey = newJourney()
    await post({ kind: 'started', journey, scene: 'open-restaurant', step: 'welcome' })
    await post({ kind: 'finished', journey, scene: 'open-restaurant', step: 'your-list', outcome: 'your-list' })
    const records = await t.deps.feedback.journeyEvents()
    const slug = /^[a-z0-9]+(-[a-z0-9]+)*$/
    for (const record of records) {
      expect(Object.keys(record).sort()).toEqual(Object.keys(record).filter((k) => ['day', 'kind', 'scene', 'step', 'outcome'].includes(k)).sort())
      expect(record.day).toMatch(/^\d{4}-\d{2}-\d{2}$/)
      for (const value of [record.scene, record.step, ...(record.outcome ? [record.outcome] : [])]) expect(value).toMatch(slug)
    }
    expect(JSON.stringify(records)).not.toContain('203.0.113.99')
    expect(JSON.stringify(records)).not.toContain(journey)
    expect(JSON.stringify(records)).not.toMatch(/T\d\d:\d\d/)
  })

  it('counts every journey of ten kiosks behind one address doing fast journeys in the same minute', async () => {
    t.state.client = '198.51.100.7'
    const statuses: number[] = []
    for (let kiosk = 0; kiosk < 10; kiosk++) {
      for (let visit = 0; visit < 3; visit++) {
        const journey = newJourney()
        statuses.push((await post({ kind: 'started', journey, scene: 'open-restaurant', step: 'welcome' })).status)
        statuses.push((await post({ kind: 'finished', journey, scene: 'open-restaurant', step: 'your-list', outcome: 'your-list' })).status)
      }
    }
    expect(statuses.filter((s) => s !== 204)).toEqual([])
    const funnel = (await (await t.asStaff('GET', '/api/staff/funnel')).json()) as any
    expect(funnel.scenes[0]).toMatchObject({ scene: 'open-restaurant', started: 30, finished: 30 })
  })

  it('counts a page that repeats its journey\'s events once, so one client cannot inflate the funnel', async () => {
    const journey = newJourney()
    const started = []
    for (let i = 0; i < 20; i++) started.push((await post({ kind: 'started', journey, scene: 'open-restaurant', step: 'welcome' })).status)
    const ended = []
    for (let i = 0; i < 20; i++) ended.push((await post({ kind: 'finished', journey, scene: 'open-restaurant', step: 'your-list', outcome: 'your-list' })).status)
    expect(started).toEqual([204, ...Array(19).fill(409)])
    expect(ended).toEqual([204, ...Array(19).fill(409)])
    const funnel = (await (await t.asStaff('GET', '/api/staff/funnel')).json()) as any
    expect(funnel.scenes).toEqual([{ scene: 'open-restaurant', started: 1, finished: 1, stoppedAt: {}, outcomes: { 'your-list': 1 } }])
  })

  it('refuses one address sending more than ANALYTICS_RATE_PER_MINUTE events while another address still counts', async () => {
    await t.close()
    t = await feedbackTestApp(catalogue, { ANALYTICS_RATE_PER_MINUTE: '10' })
    t.state.client = '198.51.100.8'
    const statuses: number[] = []
    for (let i = 0; i < 12; i++) statuses.push((await post({ kind: 'started', journey: newJourney(), scene: 'open-restaurant', step: 'welcome' })).status)
    expect(statuses.slice(0, 2)).toEqual([204, 204])
    expect(statuses.at(-1)).toBe(429)
    t.state.client = '198.51.100.9'
    expect((await post({ kind: 'started', journey: newJourney(), scene: 'open-restaurant', step: 'welcome' })).status).toBe(204)
  })
})
