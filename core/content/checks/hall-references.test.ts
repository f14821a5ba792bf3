import { describe, expect, it } from 'vitest'
import { editJson, problemsFrom, problemsInChinese, validFiles } from '../../../test/fixtures/content/fixture-files.ts'
import { checkHallReferences } from './hall-references.ts'

const layout = 'content/hall/layout.json'

describe('checkHallReferences', () => {
  it('passes windows whose zones, departments and matters exist', () => {
    expect(problemsFrom(validFiles(), checkHallReferences)).toEqual([])
  })

  it('points at an unknown zone, department and matter of a window', () => {
    const files = editJson(validFiles(), layout, (h) => {
      h.windows[1].zone = 'real-estate'
      h.windows[1].departments = ['public-security', 'taxation']
      h.windows[1].matters.push('invoice-application')
    })
    expect(problemsFrom(files, checkHallReferences)).toEqual([
      `${layout}:73:15  /windows/1/zone  unknown zone "real-estate" (not among the zones of this layout)`,
      `${layout}:76:9  /windows/1/departments/1  unknown department "taxation" (not in content/departments.json)`,
      `${layout}:80:9  /windows/1/matters/1  unknown matter "invoice-application" (no content/matters/invoice-application.json)`,
    ])
    expect(problemsInChinese(files, checkHallReferences)).toMatchInlineSnapshot(`
      [
        "content/hall/layout.json:73:15  /windows/1/zone  未知的区域 "real-estate"（不在本布局的区域中）",
        "content/hall/layout.json:76:9  /windows/1/departments/1  未知的部门 "taxation"（不在 content/departments.json 中）",
        "content/hall/layout.json:80:9  /windows/1/matters/1  未知的事项 "invoice-application"（没有 content/matters/invoice-application.json）",
      ]
    `)
  })
})
