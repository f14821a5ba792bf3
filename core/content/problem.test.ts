import { describe, expect, it } from 'vitest'
import { formatProblem, formatProblemIn, messageLanguage, type Problem } from './problem.ts'

const problem: Problem = {
  file: 'scenes/open-tea-shop.json',
  line: 3,
  column: 12,
  pointer: '/start',
  message: 'start "welcom" is not a step in this script (did you mean "welcome"?)',
  zh: '起始步骤 "welcom" 不是本脚本中的步骤（是不是 "welcome"？）',
}

describe('formatProblem', () => {
  it('prints the Chinese message first and the English under it for a Chinese reader', () => {
    expect(formatProblemIn(problem, 'zh')).toBe(
      'scenes/open-tea-shop.json:3:12  /start  起始步骤 "welcom" 不是本脚本中的步骤（是不是 "welcome"？）\n    start "welcom" is not a step in this script (did you mean "welcome"?)',
    )
  })

  it('prints English alone for an English reader', () => {
    expect(formatProblem(problem)).toBe('scenes/open-tea-shop.json:3:12  /start  start "welcom" is not a step in this script (did you mean "welcome"?)')
  })
})

describe('messageLanguage', () => {
  it('follows --lang first, then LC_ALL, LC_MESSAGES or LANG, else English', () => {
    expect(messageLanguage(['--lang', 'zh'], { LANG: 'en_GB.UTF-8' })).toBe('zh')
    expect(messageLanguage(['--lang=en'], { LANG: 'zh_CN.UTF-8' })).toBe('en')
    expect(messageLanguage([], { LANG: 'zh_CN.UTF-8' })).toBe('zh')
    expect(messageLanguage([], { LC_ALL: 'zh_TW.UTF-8', LANG: 'en_US.UTF-8' })).toBe('zh')
    expect(messageLanguage([], { LANG: 'C.UTF-8' })).toBe('en')
    expect(messageLanguage([], {})).toBe('en')
  })
})
