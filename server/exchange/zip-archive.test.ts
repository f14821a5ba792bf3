import { describe, expect, it } from 'vitest'
import { zipOf } from '../../test/support/zip-of.ts'
import { openZip } from './zip-archive.ts'

describe('a zip archive', () => {
  it('reads deflated and stored parts by name, ignoring case and a leading slash, past an archive comment', () => {
    for (const stored of [false, true]) {
      const zip = openZip(zipOf({ 'xl/workbook.xml': '<workbook/>', 'xl/sharedStrings.xml': '实施清单'.repeat(1000) }, { stored, comment: '江川市' }))
      expect(zip.names).toEqual(['xl/workbook.xml', 'xl/sharedStrings.xml'])
      expect(zip.read('/XL/Workbook.xml')?.toString()).toBe('<workbook/>')
      expect(zip.read('xl/sharedStrings.xml')?.toString()).toBe('实施清单'.repeat(1000))
      expect(zip.read('xl/styles.xml')).toBeUndefined()
    }
  })

  it('says what to do with a file that is not a zip archive, is cut short, or has a password', () => {
    expect(() => openZip(Buffer.from('事项名称,实施编码\n'))).toThrow('it is not a zip archive')
    const whole = zipOf({ 'xl/workbook.xml': '<workbook/>' })
    expect(() => openZip(whole.subarray(40)).read('xl/workbook.xml')).toThrow('the file is damaged')
    const locked = Buffer.from(whole)
    locked.writeUInt16LE(0x0801, locked.indexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02])) + 8)
    expect(() => openZip(locked).read('xl/workbook.xml')).toThrow('password-protected')
  })
})
