import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { allSettings } from './all-settings.ts'

const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8')

describe('the README settings table', () => {
  it('documents every environment variable the server reads, with its default', () => {
    const missing = allSettings
      .flatMap((g) => g.rows)
      .filter((row) => !readme.includes(`| \`${row.name}\` | \`${row.default}\` |`))
      .map((row) => row.name)
    expect(missing).toEqual([])
  })
})
