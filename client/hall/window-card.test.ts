import { describe, expect, it } from 'vitest'
import en from '../../content/i18n/en.json'
import zh from '../../content/i18n/zh.json'
import type { ModelWindow } from '../../core/hall/hall-model.ts'
import { wordsFrom } from '../../core/i18n/words.ts'
import { windowCardText } from './window-card.ts'

const window7: ModelWindow = {
  number: 7,
  zone: 'general-acceptance',
  label: { zh: '食品经营许可 1', en: 'Food business licence 1' },
  departments: [{ id: 'market-regulation', name: { zh: '市场监管局', en: 'Market Regulation' } }],
  matterCount: 2,
  matters: [
    { id: 'food-business-licence', name: { zh: '食品经营许可', en: 'Food business licence' } },
    { id: 'outdoor-signboard-approval', name: { zh: '户外招牌设置审批', en: 'Outdoor signboard approval' } },
  ],
  counter: { x: 0, y: 0, w: 160, h: 60 },
  facing: 'south',
  priority: false,
  spot: { x: 80, y: 120 },
}

const words = wordsFrom({ zh: zh.strings, en: en.strings })

describe('windowCardText', () => {
  it('says the window number, its sign, department and what it handles, in Chinese', () => {
    expect(windowCardText(window7, 'zh', words)).toBe('7 号窗口 · 食品经营许可 1\n市场监管局\n办理事项：食品经营许可、户外招牌设置审批')
  })

  it('says the same in English', () => {
    expect(windowCardText(window7, 'en', words)).toBe('Window 7 · Food business licence 1\nMarket Regulation\nHandles: Food business licence, Outdoor signboard approval')
  })

  it('names the matters the plan names of a busy window and says how many it handles in all', () => {
    const busy = { ...window7, matterCount: 40 }
    expect(windowCardText(busy, 'zh', words).split('\n')[2]).toBe('办理事项：食品经营许可、户外招牌设置审批等 40 项')
    expect(windowCardText(busy, 'en', words).split('\n')[2]).toBe('Handles: Food business licence, Outdoor signboard approval and more (40 services in all)')
  })
})
