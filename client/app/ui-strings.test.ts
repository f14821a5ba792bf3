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

  it('has a Chinese word for every key the journey, guide and home pages name', () => {
    const dirs = ['app', 'home', 'journey', 'matters', 'departments', 'search', 'ui'].map((d) => join(clientDir, d))
    const used = new Set(dirs.flatMap(sourceFiles).flatMap((file) => [...readFileSync(file, 'utf8').matchAll(/\bt\(\s*'([a-z0-9.-]+)'/g)].map((m) => m[1]!)))
    const missing = [...used].filter((key) => !(key in zh.strings))
    expect(missing).toEqual([])
  })
})
