import { describe, expect, it } from 'vitest'
import { smallCatalogue } from '../../test/fixtures/catalogue-small.ts'
import { createApp } from '../app.ts'
import { loadSettings } from '../settings.ts'

const app = createApp({ catalogue: smallCatalogue, settings: loadSettings({}) })
const doc = (await (await app.request('/api/openapi.json')).json()) as any

/** `/api/matters/:id` -> `/api/matters/{id}` */
const openApiPath = (honoPath: string) => honoPath.replace(/:([A-Za-z]+)/g, '{$1}')

/** Every `$ref` in the document, to check each one resolves. */
function refs(value: unknown, out: string[] = []): string[] {
  if (Array.isArray(value)) for (const v of value) refs(v, out)
  else if (value !== null && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) k === '$ref' && typeof v === 'string' ? out.push(v) : refs(v, out)
  }
  return out
}

describe('GET /api/openapi.json', () => {
  it('is an OpenAPI 3.1 document', () => {
    expect(doc.openapi).toBe('3.1.0')
    expect(doc.info.title).toBeTruthy()
  })

  it('describes every GET route the app serves', () => {
    const served = app.routes.filter((r) => r.method === 'GET').map((r) => openApiPath(r.path))
    for (const path of new Set(served)) expect(doc.paths, path).toHaveProperty([path, 'get'])
  })

  it('documents the matter filters with the catalogue ids as enums', () => {
    const params = doc.paths['/api/matters'].get.parameters
    const byName = Object.fromEntries(params.map((p: any) => [p.name, p]))
    expect(byName.audience.schema.enum).toEqual(['自然人', '法人'])
    expect(byName.department.schema.enum).toEqual(smallCatalogue.departments.map((d) => d.id))
    expect(byName.online.schema.enum).toEqual(['true', 'false', 'I', 'II', 'III', 'IV'])
    expect(byName.q.schema.maxLength).toBe(100)
    expect(byName.q.in).toBe('query')
  })

  it('documents the error body and the 400, 404, 304 answers', () => {
    expect(doc.components.schemas.ErrorBody.properties.error.required).toEqual(['code', 'message'])
    const getMatter = doc.paths['/api/matters/{id}'].get
    expect(getMatter.responses['404'].content['application/json'].schema).toEqual({ $ref: '#/components/schemas/ErrorBody' })
    expect(getMatter.responses).toHaveProperty('304')
    expect(doc.paths['/api/matters'].get.responses).toHaveProperty('400')
    expect(getMatter.parameters[0]).toMatchObject({ name: 'id', in: 'path', required: true })
  })

  it('has every $ref pointing at a component that exists', () => {
    const all = refs(doc)
    expect(all.length).toBeGreaterThan(10)
    for (const ref of new Set(all)) {
      expect(ref, ref).toMatch(/^#\/components\/schemas\/[A-Za-z]+$/)
      expect(doc.components.schemas, ref).toHaveProperty([ref.split('/').pop()!])
    }
  })

  it('describes matter summaries from the same schema the route answers with', async () => {
    const summary = doc.components.schemas.MatterList.properties.matters.items
    const first = (await (await app.request('/api/matters')).json()).matters[0]
    expect(Object.keys(summary.properties).sort()).toEqual(Object.keys(first).sort())
  })
})
