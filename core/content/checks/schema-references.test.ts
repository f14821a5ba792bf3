import { describe, expect, it } from 'vitest'
import { editJson, problemsFrom, problemsInChinese, validFiles } from '../../../test/fixtures/content/fixture-files.ts'
import { checkSchemaReferences } from './schema-references.ts'

describe('checkSchemaReferences', () => {
  it('passes files whose $schema points at their schema', () => {
    expect(problemsFrom(validFiles(), checkSchemaReferences)).toEqual([])
  })

  it('points at a $schema that names the wrong file', () => {
    const files = editJson(validFiles(), 'scenes/start-company.json', (s) => (s.$schema = '../schemas/scene.schema.json'))
    expect(problemsFrom(files, checkSchemaReferences)).toEqual([
      'scenes/start-company.json:2:14  /$schema  "$schema" should be "../content/schemas/scene.schema.json", not "../schemas/scene.schema.json"',
    ])
    expect(problemsInChinese(files, checkSchemaReferences)).toMatchInlineSnapshot(`
      [
        "scenes/start-company.json:2:14  /$schema  "$schema" 应为 "../content/schemas/scene.schema.json"，不是 "../schemas/scene.schema.json"",
      ]
    `)
  })

  it('asks for a $schema where a file has none', () => {
    const files = editJson(validFiles(), 'content/hall/layout.json', (h) => delete h.$schema)
    expect(problemsFrom(files, checkSchemaReferences)).toEqual([
      'content/hall/layout.json:1:1  /  add "$schema": "../schemas/hall-layout.schema.json" as the first key, so editors can check this file as you type',
    ])
    expect(problemsInChinese(files, checkSchemaReferences)).toMatchInlineSnapshot(`
      [
        "content/hall/layout.json:1:1  /  请把 "$schema": "../schemas/hall-layout.schema.json" 加为第一个键，编辑器才能边写边检查这个文件",
      ]
    `)
  })
})
