import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { readSourceFiles } from './read-source-files.ts'

const fixtures = join(import.meta.dirname, '../../test/fixtures/content')

describe('readSourceFiles', () => {
  it('reads every .json file under content/ and scenes/ with repository-relative paths, sorted', async () => {
    const files = await readSourceFiles(join(fixtures, 'valid'))
    expect(files.map((f) => f.path)).toEqual([
      'content/departments.json',
      'content/forms/company-establishment.json',
      'content/hall/layout.json',
      'content/hall/service-times.json',
      'content/i18n/en.json',
      'content/i18n/zh.json',
      'content/matters/company-establishment.json',
      'content/matters/company-seal-engraving.json',
      'content/themes.json',
      'scenes/start-company.json',
    ])
    expect(files[0]?.text).toContain('"departments"')
  })

  it('skips the generated schemas and files that are not JSON', async () => {
    const paths = (await readSourceFiles(join(fixtures, 'syntax'))).map((f) => f.path)
    expect(paths).not.toContain('content/schemas/matter.schema.json')
    expect(paths).not.toContain('content/README.md')
    expect(paths).not.toContain('content/matters/notes.txt')
    expect(paths).toContain('content/matters/birth-medical-certificate.json')
  })

  it('reads a folder without content as no files', async () => {
    expect(await readSourceFiles(join(fixtures, 'no-such-folder'))).toEqual([])
  })
})
