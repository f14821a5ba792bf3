import { describe, expect, it } from 'vitest'
import { momentOf } from './ticket-alerts.ts'

describe('the moment a ticket page alerts its visitor', () => {
  it('is near when two or fewer people are ahead (3rd in line), called when called', () => {
    expect(momentOf('waiting', 3)).toBe('waiting')
    expect(momentOf('waiting', 2)).toBe('near')
    expect(momentOf('waiting', 0)).toBe('near')
    expect(momentOf('called', null)).toBe('called')
    expect(momentOf('missed', null)).toBe('waiting')
  })
})
