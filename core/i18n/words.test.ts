import { describe, expect, it } from 'vitest'
import { wordsFrom } from './words.ts'

describe('wordsFrom', () => {
  const words = wordsFrom({
    zh: { 'hall.window': '{n} 号窗口', 'hall.pause': '暂停动画' },
    en: { 'hall.window': 'Window {n}' },
  })

  it('fills the word in the language asked for', () => {
    expect(words('zh', 'hall.window', { n: 7 })).toBe('7 号窗口')
    expect(words('en', 'hall.window', { n: 7 })).toBe('Window 7')
  })

  it('falls back to Chinese for a word the other language lacks, then to the key', () => {
    expect(words('en', 'hall.pause')).toBe('暂停动画')
    expect(words('en', 'hall.nowhere')).toBe('hall.nowhere')
  })

  it('answers in Chinese when a language is not loaded yet', () => {
    expect(wordsFrom({ zh: { 'hall.pause': '暂停动画' } })('en', 'hall.pause')).toBe('暂停动画')
  })
})
