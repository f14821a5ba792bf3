import { Hono } from 'hono'
import { describe, expect, it } from 'vitest'
import type { SourceFile } from '../../core/content/catalogue.ts'
import { validFiles } from '../../test/fixtures/content/fixture-files.ts'
import { onError } from '../http/on-error.ts'
import { studioFileRoutes } from './studio-files.ts'

const scene = 'scenes/start-company.json'

/** The studio's save over an in-memory copy of the valid fixture content. */
function studio() {
  const files = new Map(validFiles().map((f) => [f.path, f.text]))
  const app = new Hono()
  app.onError(onError)
  app.route('/api/studio', studioFileRoutes({ all: async () => [...files].map(([path, text]): SourceFile => ({ path, text })), write: async (path, text) => void files.set(path, text) }))
  const put = (path: string, body: unknown) => app.request(`/api/studio/files/${path}`, { method: 'PUT', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) })
  return { files, put }
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

  it('refuses a body whose id is not the name it is saved under', async () => {
    const { put } = studio()
    expect((await put('matters/company-seal-engraving', { id: 'seal' })).status).toBe(422)
  })
})
