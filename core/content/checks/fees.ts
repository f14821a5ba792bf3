import type { ContentCheck } from '../loaded-content.ts'

/** A charged matter lists what it charges; a free one lists nothing. */
export const checkFees: ContentCheck = (content) =>
  content.matters.flatMap(({ file, value: m }) => {
    if (m.fees.charged && m.fees.items.length === 0) {
      return [{ file, pointer: '/fees/items', message: 'this matter is charged: list at least one fee item with its standard and basis', zh: '这个事项收费：请至少列出一项收费项目，写明标准和依据' }]
    }
    if (!m.fees.charged && m.fees.items.length > 0) {
      return [{ file, pointer: '/fees/items', message: `this matter is free (charged: false) but lists ${m.fees.items.length} ${m.fees.items.length === 1 ? 'fee item' : 'fee items'}: remove ${m.fees.items.length === 1 ? 'it' : 'them'} or set charged to true`, zh: `这个事项不收费（charged: false），却列了 ${m.fees.items.length} 项收费项目：请删除，或把 charged 改为 true` }]
    }
    return []
  })
