import type { Text } from '../content/text.ts'

/** What each trust level means, for pages (kept apart from the zod schema: the header shows it on every page). */
export const trustLevelLabels: Readonly<Record<number, Text>> = {
  1: { zh: '一级（自行注册）', en: 'Level 1 (self-registered)' },
  2: { zh: '二级（实名登记）', en: 'Level 2 (real name registered)' },
  3: { zh: '三级（实人核验）', en: 'Level 3 (face or bank card verified)' },
  4: { zh: '四级（数字证书）', en: 'Level 4 (digital certificate)' },
  5: { zh: '五级（现场核验）', en: 'Level 5 (verified in person)' },
}
