import { describe, expect, it } from 'vitest'
import { createApp } from './app.ts'
import { loadContentOrExplain } from './content/load-content.ts'
import { loadSettings, repoRoot } from './settings.ts'

// The real content/ and scenes/, as the server loads them at start-up.
const catalogue = await loadContentOrExplain(repoRoot)
const app = createApp({ catalogue, settings: loadSettings({}) })
const json = async (path: string) => {
  const res = await app.request(path)
  expect(res.status, path).toBe(200)
  return (await res.json()) as any
}

describe('the API over the real content', () => {
  it('serves every matter, department, form and scene it lists', async () => {
    const matters = (await json('/api/matters')).matters
    expect(matters.map((m: any) => m.id).sort()).toEqual(catalogue.matters.map((m) => m.id).sort())
    for (const m of matters) expect((await json(`/api/matters/${m.id}`)).id).toBe(m.id)
    for (const d of (await json('/api/departments')).departments) expect((await json(`/api/departments/${d.id}`)).matters.length).toBe(d.matterCount)
    for (const f of catalogue.forms) expect((await json(`/api/forms/${f.id}`)).id).toBe(f.id)
    for (const s of (await json('/api/scenes')).scenes) expect((await json(`/api/scenes/${s.id}`)).steps.length).toBeGreaterThan(0)
  })

  it('names each matter summary’s department from departments.json', async () => {
    const names = new Map(catalogue.departments.map((d) => [d.id, d.name.zh]))
    for (const m of (await json('/api/matters')).matters) expect(m.department.name.zh).toBe(names.get(m.department.id))
  })

  it('finds company registration by 营业执照, yyzz, yingye and business licence', async () => {
    for (const q of ['营业执照', 'yyzz', 'yingye', 'business licence']) {
      const ids = (await json(`/api/matters?q=${encodeURIComponent(q)}`)).matters.map((m: any) => m.id)
      expect(ids, q).toContain('company-establishment')
    }
  })

  it('serves both interface languages with the same keys', async () => {
    const zh = (await json('/api/i18n/zh')).strings
    const en = (await json('/api/i18n/en')).strings
    expect(Object.keys(zh).length).toBeGreaterThan(0)
    expect(Object.keys(en).sort()).toEqual(Object.keys(zh).sort())
  })
})
