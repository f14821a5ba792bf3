/**
 * A JSON value as a string with every bilingual text ({ zh, en }) left out: equal for two drafts
 * that differ only in their wording, so work that reads no text can be kept between keystrokes.
 *
 * @example withoutTextsKey({ id: 'a', title: { zh: '甲', en: 'A' } }) // '{"id":"a","title":0}'
 */
export function withoutTextsKey(value: unknown): string {
  return JSON.stringify(value, (_, v: unknown) => (isText(v) ? 0 : v))
}

const isText = (v: unknown) => typeof v === 'object' && v !== null && !Array.isArray(v) && Object.keys(v).length === 2 && 'zh' in v && 'en' in v
