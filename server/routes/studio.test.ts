import { Hono } from 'hono'
import { describe, expect, it } from 'vitest'
import { editJson, validFiles, withFile } from '../../test/fixtures/content/fixture-files.ts'
import { loadCatalogue } from '../../core/content/load.ts'
import { onError } from '../http/on-error.ts'
import { SettingsError } from '../settings.ts'
import { loadStudioSettings, studioRoutes, type StudioSource } from './studio.ts'

const good = loadCatalogue(validFiles())
const scene = 'scenes/start-company.json'

function appOver(source: () => StudioSource) {
  const app = new Hono()
  app.onError(onError)
  app.route('/api/studio', studioRoutes(source, { studio: 'dev' }))
  return app
}

describe('GET /api/studio/scenes', () => {
  it('lists each situation as passing its checks, with its translation completeness', async () => {
    const res = await appOver(() => ({ catalogue: good.catalogue!, problems: good.problems })).request('/api/studio/scenes')
    expect(res.status).toBe(200)
    const body = (await res.json()) as any
    expect(body.mode).toBe('dev')
    expect(body.scenes).toEqual([
      { id: 'start-company', file: scene, title: { zh: '开公司', en: 'Start a company' }, problems: [], problemsZh: [], translation: { texts: 6, translated: 6, missing: [] } },
    ])
  })

  it('shows the located problems of the latest load beside the last good catalogue', async () => {
    const broken = loadCatalogue(editJson(validFiles(), scene, (s) => (s.theme = 'restaurants')))
    const body = (await (await appOver(() => ({ catalogue: good.catalogue!, problems: broken.problems })).request('/api/studio/scenes')).json()) as any
    expect(body.scenes[0].problems).toEqual([`${scene}:12:12  /theme  unknown theme "restaurants" (not in content/themes.json)`])
  })

  it('lists a scene file too broken to load, by its file name', async () => {
    const broken = loadCatalogue(withFile(validFiles(), 'scenes/half-written.json', '{ "id": "half-written",'))
    const body = (await (await appOver(() => ({ catalogue: good.catalogue!, problems: broken.problems })).request('/api/studio/scenes')).json()) as any
    expect(body.scenes[1]).toMatchObject({ id: 'half-written', file: 'scenes/half-written.json', title: null, translation: null })
    expect(body.scenes[1].problems[0]).toMatch(/^scenes\/half-written\.json:1:\d+ /)
  })
})

describe('GET /api/studio/scenes/:id', () => {
  const app = appOver(() => ({ catalogue: good.catalogue!, problems: [] }))

  it('gives the script with how many routes pass each step', async () => {
    const body = (await (await app.request('/api/studio/scenes/start-company')).json()) as any
    expect(body.script.id).toBe('start-company')
    // The number of shareholders decides nothing, so only need-seal splits the routes.
    expect(body.coverage.steps.map((s: { step: string; paths: number }) => [s.step, s.paths])).toEqual([
      ['welcome', 2],
      ['shareholders', 2],
      ['need-seal', 2],
      ['done', 2],
    ])
  })

  it('answers 404 for an unknown situation', async () => {
    const res = await app.request('/api/studio/scenes/open-zoo')
    expect(res.status).toBe(404)
    expect(((await res.json()) as any).error.code).toBe('scene_not_found')
  })
})

describe('loadStudioSettings', () => {
  it('turns the studio on in development and off in production by default', () => {
    expect(loadStudioSettings({})).toEqual({ studio: 'dev' })
    expect(loadStudioSettings({ NODE_ENV: 'production' })).toEqual({ studio: 'off' })
  })

  it('publishes it read-only in production when asked', () => {
    expect(loadStudioSettings({ NODE_ENV: 'production', STUDIO: 'read-only' })).toEqual({ studio: 'read-only' })
  })

  it('names a bad value and the ones to use', () => {
    expect(() => loadStudioSettings({ STUDIO: 'on' })).toThrow(SettingsError)
    expect(() => loadStudioSettings({ STUDIO: 'on' })).toThrow('STUDIO="on": use off, read-only or dev')
  })
})
