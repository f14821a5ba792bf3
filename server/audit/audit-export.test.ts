import { describe, expect, it } from 'vitest'
import { auditCsv, auditJsonLines } from './audit-export.ts'

const entry = { seq: 7, at: new Date('2026-10-08T01:02:03.000Z'), actor: 'staff:李, "明"', action: 'case.answered', subject: 'case:TS-2026-23456789', before: { status: 'open' }, after: { status: 'answered' } }

describe('audit export', () => {
  it('writes CSV with quoted cells, doubled quotes and CRLF line ends', () => {
    expect(auditCsv([entry])).toBe(
      'seq,at,actor,action,subject,before,after\r\n' +
        '"7","2026-10-08T01:02:03.000Z","staff:李, ""明""","case.answered","case:TS-2026-23456789","{""status"":""open""}","{""status"":""answered""}"\r\n',
    )
  })

  it('defuses cells a spreadsheet would run as formulas', () => {
    expect(auditCsv([{ ...entry, actor: '=HYPERLINK("x")' }])).toContain(`"'=HYPERLINK(""x"")"`)
  })

  it('writes one JSON object per line', () => {
    expect(auditJsonLines([entry, { ...entry, seq: 8 }]).split('\n').filter(Boolean).map((l) => JSON.parse(l).seq)).toEqual([7, 8])
    expect(auditJsonLines([])).toBe('')
  })
})
