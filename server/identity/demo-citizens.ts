import { mod11_2CheckChar } from '../../core/forms/iso7064.ts'

/** A made-up person the demo identity provider signs in as; every name says 演示 (demo). */
export type DemoCitizen = { id: string; name: string; idCard: string; phone: string; acr: string; note: string }

const idCard = (first17: string) => first17 + mod11_2CheckChar(first17)

/**
 * The demo provider's citizens (npm run dev and the tests): clearly marked as demos, with ID numbers in
 * the real format (computed check characters) but no real person's data, one per trust level that
 * matters to the content (2: registered online, 3: face verified, 4: digital certificate).
 */
export const demoCitizens: readonly DemoCitizen[] = [
  { id: 'demo-li-min', name: '李敏（演示）', idCard: idCard('33010219900307124'), phone: '13800138000', acr: 'loa-3', note: '三级：实人核验 · Level 3, face verified' },
  { id: 'demo-wang-fang', name: '王芳（演示）', idCard: idCard('44030419851111202'), phone: '13912345678', acr: 'loa-2', note: '二级：实名登记 · Level 2, real name registered' },
  { id: 'demo-zhang-wei', name: '张伟（演示）', idCard: idCard('11010519780520301'), phone: '13700001111', acr: 'loa-4', note: '四级：数字证书 · Level 4, digital certificate' },
]
