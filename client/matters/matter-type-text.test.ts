import { describe, expect, it } from 'vitest'
import en from '../../content/i18n/en.json'
import zh from '../../content/i18n/zh.json'
import { Matter, MatterType } from '../../core/content/matter.ts'
import { caseTypeKeys, matterTypeKeys } from './matter-type-text.ts'

describe('matter type words', () => {
  it('has an English and a Chinese word for every 事项类型 the schema allows', () => {
    for (const type of MatterType.options) {
      const key = matterTypeKeys[type]
      expect(key, type).toBeDefined()
      expect((en.strings as Record<string, string>)[key!], type).toMatch(/^[A-Z]/)
      expect((zh.strings as Record<string, string>)[key!], type).toBe(type)
    }
  })

  it('has words for every 办件类型', () => {
    for (const caseType of Matter.shape.caseType.options) {
      const key = caseTypeKeys[caseType]
      expect((en.strings as Record<string, string>)[key!], caseType).toMatch(/handled/)
      expect((zh.strings as Record<string, string>)[key!], caseType).toBe(caseType)
    }
  })
})
