import { describe, expect, it } from 'vitest'
import type { ModelWindow } from '../../core/hall/hall-model.ts'
import { windowCardText } from './window-card.ts'

const window7: ModelWindow = {
  number: 7,
  zone: 'general-acceptance',
  label: { zh: '食品经营许可 1', en: 'Food business licence 1' },
  departments: [{ id: 'market-regulation', name: { zh: '市场监管局', en: 'Market Regulation' } }],
  matters: [
    { id: 'food-business-licence', name: { zh: '食品经营许可', en: 'Food business licence' } },
    { id: 'outdoor-signboard-approval' },
  ],
  counter: { x: 0, y: 0, w: 160, h: 60 },
  facing: 'south',
  priority: false,
  spot: { x: 80, y: 120 },
}

describe('windowCardText', () => {
  it('says the window number, its sign, department and what it handles, in Chinese', () => {
    expect(windowCardText(window7, 'zh')).toBe('7 号窗口 · 食品经营许可 1\n市场监管局\n办理事项：食品经营许可、outdoor-signboard-approval')
  })

  it('says the same in English', () => {
    expect(windowCardText(window7, 'en')).toBe('Window 7 · Food business licence 1\nMarket Regulation\nHandles: Food business licence, outdoor-signboard-approval')
  })
})
