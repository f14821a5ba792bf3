import { describe, expect, it } from 'vitest'
import type { Catalogue } from '../../core/content/catalogue.ts'
import { HallPlan } from '../../core/content/hall-layout.ts'
import { smallCatalogue } from '../../test/fixtures/catalogue-small.ts'
import { generatedMatter } from '../../test/support/large-catalogue.ts'
import { createApp } from '../app.ts'
import { loadSettings } from '../settings.ts'

// The five small-catalogue matters and 2,995 variants of them, each variant keeping its model's
// department, themes and windows: one in five is a variant of food-business-licence (theme
// business-licensing, window 7), so that theme has 599 variants plus the original.
const generated = Array.from({ length: 2995 }, (_, i) => generatedMatter(smallCatalogue.matters[i % 5]!, i))
const catalogue: Catalogue = { ...smallCatalogue, matters: [...smallCatalogue.matters, ...generated] }
const app = createApp({ catalogue, settings: loadSettings({}) })
const get = async (path: string) => {
  const res = await app.request(path)
  return { status: res.status, text: await res.clone().text(), body: (await res.json()) as any }
}
const ids = (body: { matters: { id: string }[] }) => body.matters.map((m) => m.id)

describe('content lists at a real centre’s scale (3,000 matters)', () => {
  it('gives a theme’s first twenty matters with how many it has in all', async () => {
    const { status, body } = await get('/api/themes/business-licensing')
    expect(status).toBe(200)
    expect(body.name).toEqual({ zh: '经营许可', en: 'Operating licences' })
    expect(body.matters).toHaveLength(20)
    expect(body.matters[0].id).toBe('food-business-licence')
    expect({ total: body.total, offset: body.offset, limit: body.limit }).toEqual({ total: 600, offset: 0, limit: 20 })
  })

  it('pages through a theme without repeating or skipping a matter', async () => {
    const first = await get('/api/themes/business-licensing?limit=200')
    const pages = await Promise.all([0, 20, 40].map((offset) => get(`/api/themes/business-licensing?offset=${offset}`)))
    expect(pages.flatMap((p) => ids(p.body))).toEqual(ids(first.body).slice(0, 60))
    const last = await get('/api/themes/business-licensing?offset=590')
    expect(last.body.matters).toHaveLength(10)
  })

  it('gives a department’s matters a page at a time', async () => {
    const { body } = await get('/api/departments/health?offset=20&limit=10')
    expect(body.matters).toHaveLength(10)
    expect(body.matters.every((m: any) => m.department.id === 'health')).toBe(true)
    expect(body.total).toBe(600)
  })

  it('lists fifty matters unless asked for another page size, and refuses pages over 200', async () => {
    const { body } = await get('/api/matters')
    expect(body.matters).toHaveLength(50)
    expect(body.total).toBe(3000)
    const tooMany = await get('/api/matters?limit=500')
    expect(tooMany.status).toBe(400)
    expect(tooMany.body.error.details).toEqual([{ param: 'limit', message: 'limit is at most 200' }])
    const notANumber = await get('/api/themes/business-licensing?offset=two')
    expect(notANumber.body.error.details).toEqual([{ param: 'offset', message: 'give offset as a whole number' }])
  })

  it('lists the matters of one window, for the hall directory', async () => {
    const { body } = await get('/api/matters?window=12&limit=5')
    expect(ids(body)).toEqual(['birth-medical-certificate', 'g00003-road-operating-licence', 'g00008-entertainment-venue-operating-licence', 'g00013-private-school-operating-licence', 'g00018-special-equipment-operating-licence'])
    expect(body.total).toBe(600)
  })

  it('names a few matters per window in the hall directory, however many the window handles', async () => {
    const { text, body } = await get('/api/hall/directory')
    expect(body.windows.map((w: any) => [w.number, w.matterCount, w.matters.length])).toEqual([[1, 1200, 6], [2, 1200, 6], [7, 600, 6], [12, 600, 6], [13, 600, 6]])
    expect(body.windows[2].matters[0]).toEqual({ id: 'food-business-licence', name: { zh: '食品经营许可（新办）', en: 'Food business licence (new)' } })
    expect(text.length).toBeLessThan(4000)
  })

  it('serves the hall plan with each window’s and zone’s number of matters and a few names, never every matter id', async () => {
    const { text, body } = await get('/api/hall')
    const plan = HallPlan.parse(body)
    expect(plan.windows.map((w) => [w.number, w.matterCount, w.matters.length])).toEqual([[1, 1200, 6], [2, 1200, 6], [7, 600, 6], [12, 600, 6], [13, 600, 6]])
    expect(plan.windows[2]!.matters[0]).toEqual({ id: 'food-business-licence', name: { zh: '食品经营许可（新办）', en: 'Food business licence (new)' } })
    // Windows 1 and 2 handle the same matters; a zone counts each once.
    expect(plan.zones.map((z) => [z.id, z.matterCount])).toEqual([['business-startup', 1200], ['general-acceptance', 1200], ['social-affairs', 600]])
    expect(text).not.toContain('g02995')
    expect(text.length).toBeLessThan(20_000)
  })

  it('answers 404 theme_not_found for a theme nobody wrote', async () => {
    const { status, body } = await get('/api/themes/dragon-taming')
    expect(status).toBe(404)
    expect(body.error.code).toBe('theme_not_found')
  })
})
