import { afterEach, describe, expect, it, vi } from 'vitest'
import { i18n } from '../app/i18n.svelte.ts'
import en from '../../content/i18n/en.json'
import { limitText } from './limit-text.ts'

afterEach(async () => {
  vi.unstubAllGlobals()
  await i18n.setLocale('zh')
})

describe('limitText', () => {
  it('says a limit with its note when the note adds something', () => {
    expect(limitText({ value: 10, unit: '工作日', note: { zh: '到合作银行网点可当场领卡', en: 'Same day at partner banks' } })).toBe('10 个工作日（到合作银行网点可当场领卡）')
  })

  it('does not repeat a note that only says what the limit says, in either language', async () => {
    const onTheSpot = { value: 0, unit: '工作日' as const, note: { zh: '当场办结。', en: 'Done on the spot.' } }
    expect(limitText(onTheSpot)).toBe('当场办结')
    vi.stubGlobal('fetch', async () => new Response(JSON.stringify({ locale: 'en', strings: en.strings }), { headers: { 'content-type': 'application/json' } }))
    await i18n.setLocale('en')
    expect(limitText(onTheSpot)).toBe('Done on the spot')
    expect(limitText({ value: 1, unit: '工作日' })).toBe('1 working day')
  })
})
