import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { repositoryFiles } from '../../test/fixtures/content/fixture-files.ts'
import { jsonSchemaFileText } from './json-schema-file.ts'
import { publishedSchemas, routeFile, schemaFilePath, type SchemaName } from './schemas-for-files.ts'

const root = process.cwd()

describe('the published JSON Schemas', () => {
  it.each(publishedSchemas.map((p) => [p.name, p] as const))('content/schemas/%s.schema.json is what `npm run schemas` writes today', (name, published) => {
    const committed = readFileSync(join(root, schemaFilePath(name as SchemaName)), 'utf8')
    expect(committed, 'run `npm run schemas` and commit the result').toBe(jsonSchemaFileText(published))
  })

  it('describe each file with a title and a description for editors', () => {
    const themes = JSON.parse(jsonSchemaFileText(publishedSchemas.find((p) => p.name === 'themes')!))
    expect(themes.title).toBe('Themes')
    expect(themes.$schema).toBe('https://json-schema.org/draft/2020-12/schema')
    expect(themes.properties.themes.items.required).toEqual(['id', 'audience', 'name'])
  })

  it('leave fields with defaults optional, since editors may leave them out', () => {
    const matter = JSON.parse(jsonSchemaFileText(publishedSchemas.find((p) => p.name === 'matter')!))
    expect(matter.required).not.toContain('jointDepartments')
    expect(matter.required).toContain('promisedLimit')
  })
})

describe('the $schema key of every content file', () => {
  it('points at the schema file for that kind of file, and that file exists', async () => {
    const files = repositoryFiles()
    const wrong = files.flatMap(({ path, text }) => {
      const route = routeFile(path)
      if (!('schemaName' in route)) return []
      const ref = (JSON.parse(text) as { $schema?: string }).$schema ?? '(none)'
      const target = join(root, path, '..', ref)
      return target === join(root, schemaFilePath(route.schemaName)) ? [] : [`${path}: ${ref}`]
    })
    expect(files.length).toBeGreaterThan(30)
    expect(wrong).toEqual([])
  })
})
