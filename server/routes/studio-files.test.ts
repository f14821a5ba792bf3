import { Hono } from 'hono'
import { describe, expect, it } from 'vitest'
import type { SourceFile } from '../../core/content/catalogue.ts'
import { validFiles } from '../../test/fixtures/content/fixture-files.ts'
import { onError } from '../http/on-error.ts'
import { studioFileRoutes } from './studio-files.ts'

const scene = 'scenes/start-company.json'

/** The studio's save over an in-memory copy of the valid fixture content. */
function studio() {
  const committed = validFiles()
  const files = new Map(committed.map((f) => [f.path, f.text]))
  const app = new Hono()
  app.onError(onError)
  app.route('/api/studio', studioFileRoutes({ all: async () => [...files].map(([path, text]): SourceFile => ({ path, text })), write: async (path, text) => void files.set(path, text), committed: async () => committed }))
  const put = (path: string, body: unknown) => app.request(`/api/studio/files/${path}`, { method: 'PUT', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) })
  const post = (path: string, body: unknown) => app.request(`/api/studio/outcome-diff/${path}`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) })
  return { app, files, put, post }
}

describe('PUT /api/studio/files/:folder/:id', () => {
  it('saves an edited situation changing only the edited line', async () => {
    const { files, put } = studio()
    const before = files.get(scene)!
    const script = JSON.parse(before)
    script.steps[1].text.zh = '公司会有几位股东？'
    const res = await put('scenes/start-company', script)
    expect(res.status).toBe(200)
    expect(files.get(scene)).toBe(before.replace('公司有几位股东？', '公司会有几位股东？'))
  })

  it('saves a new situation that passes the checks as 2-space JSON', async () => {
    const { files, put } = studio()
    const script = { ...JSON.parse(files.get(scene)!), id: 'start-company-two' }
    expect((await put('scenes/start-company-two', script)).status).toBe(200)
    expect(files.get('scenes/start-company-two.json')).toBe(`${JSON.stringify(script, null, 2)}\n`)
  })

  it('refuses a save the checks fail, listing every problem in both languages, and writes nothing', async () => {
    const { files, put } = studio()
    const before = files.get(scene)!
    const script = JSON.parse(before)
    script.steps[0].cue = 'wave'
    script.steps[3].matters[0].when = { answer: 'shareholders', gt: 60 }
    const res = await put('scenes/start-company', script)
    expect(res.status).toBe(422)
    const body = (await res.json()) as { error: { code: string; details: { pointer: string; zh: string }[] } }
    expect(body.error.code).toBe('content_invalid')
    expect(body.error.details.map((p) => [p.pointer, p.zh])).toEqual([
      ['/steps/0/cue', '未知的动画 "wave"（可用：greet、walk、point、take-ticket、wait、hand-over、use-kiosk、celebrate）'],
      ['/steps/3/matters/0/when/gt', '"shareholders" 只接受 1 到 50 的回答，{ "gt": 60 } 永远不成立；请和这个范围内的数比较'],
    ])
    expect(files.get(scene)).toBe(before)
  })

  it('lists a matter back at the windows chosen for it in the hall layout, in the same save', async () => {
    const { files, put } = studio()
    const matter = JSON.parse(files.get('content/matters/company-seal-engraving.json')!)
    matter.windows = [1]
    const res = await put('matters/company-seal-engraving', matter)
    expect(res.status).toBe(200)
    expect(((await res.json()) as { also: string[] }).also).toEqual(['content/hall/layout.json'])
    const layout = JSON.parse(files.get('content/hall/layout.json')!) as { windows: { number: number; matters: string[] }[] }
    expect(layout.windows.map((w) => [w.number, w.matters])).toEqual([[1, ['company-establishment', 'company-seal-engraving']], [2, []]])
  })

  it('creates a new matter as 2-space JSON, but never over a file already there', async () => {
    const { files, put } = studio()
    const seal = JSON.parse(files.get('content/matters/company-seal-engraving.json')!)
    const matter = { ...seal, id: 'seal-two', code: { ...seal.code, implementation: `${seal.code.implementation}2` }, windows: [] }
    expect((await put('matters/seal-two?new', matter)).status).toBe(200)
    expect(files.get('content/matters/seal-two.json')).toBe(`${JSON.stringify(matter, null, 2)}\n`)
    files.set('content/matters/half-written.json', '{ "id": "half-written", ')
    const res = await put('matters/half-written?new', { ...matter, id: 'half-written' })
    expect(res.status).toBe(409)
    expect(((await res.json()) as { error: { code: string } }).error.code).toBe('file_exists')
    expect(files.get('content/matters/half-written.json')).toBe('{ "id": "half-written", ')
  })

  it('refuses a body whose id is not the name it is saved under', async () => {
    const { put } = studio()
    expect((await put('matters/company-seal-engraving', { id: 'seal' })).status).toBe(422)
  })
})

describe('POST /api/studio/outcome-diff/:folder/:id', () => {
  it('tells the editor before saving which routes an edit changes, against the committed version, in Chinese and in English', async () => {
    const { files, post } = studio()
    const script = JSON.parse(files.get(scene)!)
    delete script.steps[3].matters[1].when
    const body = await (await post('scenes/start-company', script)).json()
    expect(body).toMatchObject({
      status: 'compared',
      routes: 2,
      changed: 1,
      summary: {
        zh: ['2 条路线中有 1 条的结果不同：', '  1 条路线（shareholders = 1，need-seal = 否）：+ 事项 company-seal-engraving；~ 合计：可网办事项数 1 → 2'],
        en: ['1 of 2 routes give a different outcome:', '  1 route where shareholders = 1, need-seal = no: + matter company-seal-engraving; ~ totals: matters online 1 → 2'],
      },
      changes: { zh: [['shareholders = 1，need-seal = 否', '  + 事项 company-seal-engraving', '  ~ 合计：可网办事项数 1 → 2']] },
    })
  })

  it('says a situation that was never committed is new', async () => {
    const { files, post } = studio()
    const script = { ...JSON.parse(files.get(scene)!), id: 'start-company-two' }
    expect(await (await post('scenes/start-company-two', script)).json()).toEqual({ status: 'new', file: 'scenes/start-company-two.json' })
  })
})

describe('GET /api/studio/catalogue', () => {
  it('gives the editor the matters, hall and materials its drafts are checked against', async () => {
    const { app } = studio()
    const body = (await (await app.request('/api/studio/catalogue')).json()) as { catalogue: { matters: { id: string }[]; hall: { windows: unknown[] } } }
    expect(body.catalogue.matters.map((m) => m.id)).toContain('company-seal-engraving')
    expect(body.catalogue.hall.windows.length).toBeGreaterThan(0)
  })
})
