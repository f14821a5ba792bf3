import type { ContentCheck } from '../loaded-content.ts'

/** A charged matter lists what it charges; a free one lists nothing. */
export const checkFees: ContentCheck = (content) =>
  content.matters.flatMap(({ file, value: m }) => {
    if (m.fees.charged && m.fees.items.length === 0) {
      return [{ file, pointer: '/fees/items', message: 'this matter is charged: list at least one fee item with its standard and basis' }]
    }
    if (!m.fees.charged && m.fees.items.length > 0) {
      return [{ file, pointer: '/fees/items', message: `this matter is free (charged: false) but lists ${m.fees.items.length} fee item(s): remove them or set charged to true` }]
    }
    return []
  })
