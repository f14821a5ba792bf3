import { describe, expect, it } from 'vitest'
import en from '../../content/i18n/en.json'
import zh from '../../content/i18n/zh.json'
import type { HallPlan } from '../../core/content/hall-layout.ts'
import { wordsFrom } from '../../core/i18n/words.ts'
import { overviewText, ranges, tourStops } from './tour-stops.ts'

const rect = (x: number, y: number, w: number, h: number) => ({ x, y, w, h })
const matters = [
  { id: 'company-establishment', name: { zh: '企业设立登记', en: 'Registering a new company' } },
  { id: 'sole-trader-registration', name: { zh: '个体工商户设立登记', en: 'Registering as a sole trader' } },
  { id: 'invoice-application', name: { zh: '发票领用', en: 'Getting invoices' } },
]
/** The plan of a hall with three zones, naming its windows' first matters or (as if none had names) none. */
const planOf = (named: boolean) => ({
  name: { zh: '政务服务中心', en: 'Service centre' },
  address: { zh: '市民大道 88 号', en: '88 Shimin Avenue' },
  floor: { zh: '1 楼', en: 'Ground floor' },
  hours: { zh: '工作日', en: 'Working days' },
  size: { w: 3000, h: 2000 },
  zones: [
    { id: 'guide', name: { zh: '导服区', en: 'Guide and reception' }, kind: 'guide', rect: rect(1000, 1500, 800, 400), matterCount: 0 },
    { id: 'business-startup', name: { zh: '企业开办专区', en: 'Business start-up area' }, kind: 'business', rect: rect(0, 0, 1400, 500), matterCount: 3 },
    { id: 'self-service', name: { zh: '自助服务区', en: 'Self-service area' }, kind: 'self-service', rect: rect(2000, 1500, 700, 400), matterCount: 0 },
  ],
  windows: [1, 2, 3, 5].map((number) => ({
    number,
    zone: 'business-startup',
    departments: ['market-regulation'],
    matterCount: number === 5 ? 1 : 2,
    matters: named ? (number === 5 ? [matters[2]!] : [matters[0]!, matters[1]!]) : [],
    counter: rect(100 * number, 100, 80, 40),
    facing: 'south' as const,
    priority: false,
  })),
  facilities: [
    { id: 'guide-desk', kind: 'guide-desk', name: { zh: '导服台', en: 'Guide desk' }, rect: rect(1200, 1600, 300, 100), blocks: true },
    { id: 'ticket-machine', kind: 'ticket-machine', name: { zh: '取号机', en: 'Ticket machine' }, rect: rect(1600, 1600, 60, 60), blocks: true },
    { id: 'kiosk-1', kind: 'kiosk', name: { zh: '自助服务终端 1', en: 'Self-service kiosk 1' }, rect: rect(2100, 1800, 80, 60), blocks: true },
    { id: 'kiosk-2', kind: 'kiosk', name: { zh: '自助服务终端 2', en: 'Self-service kiosk 2' }, rect: rect(2300, 1800, 80, 60), blocks: true },
    { id: 'entrance', kind: 'entrance', name: { zh: '入口', en: 'Entrance' }, rect: rect(1300, 1950, 300, 50), blocks: false },
  ],
}) satisfies HallPlan
const layout = planOf(true)

const words = wordsFrom({ zh: zh.strings, en: en.strings })

describe('tourStops', () => {
  it('stops at every zone in the layout order, waving at the first and walking to the rest', () => {
    expect(tourStops(layout, words).map((s) => `${s.cue}:${s.zone}`)).toEqual(['greet:guide', 'walk:business-startup', 'walk:self-service'])
  })

  it('names the windows of a zone and the first matters they handle, with how many there are', () => {
    const stop = tourStops(layout, words)[1]!
    expect(stop.title).toEqual({ zh: '企业开办专区 · 1–3、5 号窗口', en: 'Business start-up area · Windows 1–3, 5' })
    expect(stop.detail).toEqual({
      zh: '办理：企业设立登记、个体工商户设立登记等 3 项',
      en: 'Handles: Registering a new company, Registering as a sole trader and others, 3 in all',
    })
    expect(stop.say.zh).toBe('企业开办专区 · 1–3、5 号窗口\n办理：企业设立登记、个体工商户设立登记等 3 项')
  })

  it('names the facilities of a zone without windows, numbered ones once', () => {
    const [guide, , selfService] = tourStops(layout, words)
    expect(guide!.detail).toEqual({ zh: '这里有：导服台、取号机', en: 'Here: Guide desk, Ticket machine' })
    expect(selfService!.detail).toEqual({ zh: '这里有：自助服务终端', en: 'Here: Self-service kiosk' })
  })

  it('says only where the windows are when the plan names no matters', () => {
    const stop = tourStops(planOf(false), words)[1]!
    expect(stop.detail).toBeUndefined()
    expect(stop.say).toEqual(stop.title)
  })
})

describe('ranges', () => {
  it('folds runs of window numbers', () => {
    expect(ranges([1, 2, 3, 5, 7, 8])).toEqual(['1–3', '5', '7–8'])
    expect(ranges([])).toEqual([])
  })
})

describe('overviewText', () => {
  it('lists the zones for the still overview', () => {
    expect(overviewText(layout, words).en).toBe('Areas of the hall: Guide and reception, Business start-up area, Self-service area')
  })
})
