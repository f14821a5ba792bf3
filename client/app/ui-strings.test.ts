import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import en from '../../content/i18n/en.json'
import zh from '../../content/i18n/zh.json'

const clientDir = join(import.meta.dirname, '..')

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name)
    if (statSync(path).isDirectory()) return sourceFiles(path)
    return /\.(svelte|ts)$/.test(name) && !name.endsWith('.test.ts') ? [path] : []
  })
}

describe('interface words', () => {
  it('has the same keys in Chinese and English', () => {
    expect(Object.keys(en.strings).sort()).toEqual(Object.keys(zh.strings).sort())
  })

  it('has a Chinese word for every key the client names', () => {
    // t('key'), and words(locale, 'key') where a view speaks a language of its own (the hall, the kiosk's tour).
    const named = /\b(?:t\(|words\([^,()]+,)\s*'([a-z0-9.-]+)'/g
    const used = new Set(sourceFiles(clientDir).flatMap((file) => [...readFileSync(file, 'utf8').matchAll(named)].map((m) => m[1]!)))
    expect(used).toContain('hall.window')
    const missing = [...used].filter((key) => !(key in zh.strings))
    expect(missing).toEqual([])
  })
})
