import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { ContentInvalidError, loadContentOrExplain, summarizeProblems } from './load-content.ts'

const fixtures = join(import.meta.dirname, '../../test/fixtures/content')

describe('loadContentOrExplain', () => {
  it('returns the catalogue of valid content', async () => {
    const catalogue = await loadContentOrExplain(join(fixtures, 'valid'))
    expect(catalogue.departments.map((d) => d.id)).toEqual(['market-regulation', 'public-security'])
  })

  it('refuses broken content with every problem listed, one per line', async () => {
    const error = await loadContentOrExplain(join(fixtures, 'syntax')).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(ContentInvalidError)
    const lines = (error as ContentInvalidError).message.split('\n')
    expect(lines[0]).toBe('5 problems in 5 files:')
    expect(lines).toContain('content/themes.json:6:1  /  unexpected end of file: a closing } is missing')
    expect((error as ContentInvalidError).problems).toHaveLength(5)
  })
})

describe('summarizeProblems', () => {
  it('counts problems and the files they are in', () => {
    const p = (file: string) => ({ file, line: 1, column: 1, pointer: '', message: 'm', zh: '甲' })
    expect(summarizeProblems([p('a.json')])).toBe('1 problem in 1 file')
    expect(summarizeProblems([p('a.json'), p('a.json'), p('b.json')])).toBe('3 problems in 2 files')
  })
})
