import { crc32, deflateRawSync } from 'node:zlib'

/**
 * A zip archive of the given parts, for tests that need an .xlsx written some other way than
 * exceljs writes it (by hand, as other programs do). `stored` leaves the parts uncompressed.
 */
export function zipOf(parts: Record<string, string | Buffer>, options: { stored?: boolean; comment?: string } = {}): Buffer {
  const locals: Buffer[] = []
  const directory: Buffer[] = []
  let offset = 0
  for (const [name, content] of Object.entries(parts)) {
    const raw = typeof content === 'string' ? Buffer.from(content, 'utf8') : content
    const data = options.stored ? raw : deflateRawSync(raw)
    const nameBytes = Buffer.from(name, 'utf8')
    const header = (signature: number, size: number) => {
      const b = Buffer.alloc(size)
      b.writeUInt32LE(signature, 0)
      return b
    }
    const local = header(0x04034b50, 30)
    local.writeUInt16LE(20, 4)
    local.writeUInt16LE(0x0800, 6) // names in UTF-8
    local.writeUInt16LE(options.stored ? 0 : 8, 8)
    local.writeUInt32LE(crc32(raw), 14)
    local.writeUInt32LE(data.length, 18)
    local.writeUInt32LE(raw.length, 22)
    local.writeUInt16LE(nameBytes.length, 26)
    const central = header(0x02014b50, 46)
    central.writeUInt16LE(20, 4)
    central.writeUInt16LE(20, 6)
    central.writeUInt16LE(0x0800, 8)
    central.writeUInt16LE(options.stored ? 0 : 8, 10)
    central.writeUInt32LE(crc32(raw), 16)
    central.writeUInt32LE(data.length, 20)
    central.writeUInt32LE(raw.length, 24)
    central.writeUInt16LE(nameBytes.length, 28)
    central.writeUInt32LE(offset, 42)
    locals.push(local, nameBytes, data)
    directory.push(central, nameBytes)
    offset += local.length + nameBytes.length + data.length
  }
  const comment = Buffer.from(options.comment ?? '', 'utf8')
  const size = directory.reduce((n, b) => n + b.length, 0)
  const end = Buffer.alloc(22)
  end.writeUInt32LE(0x06054b50, 0)
  end.writeUInt16LE(Object.keys(parts).length, 8)
  end.writeUInt16LE(Object.keys(parts).length, 10)
  end.writeUInt32LE(size, 12)
  end.writeUInt32LE(offset, 16)
  end.writeUInt16LE(comment.length, 20)
  return Buffer.concat([...locals, ...directory, end, comment])
}

/** The parts of a minimal .xlsx around the given sheets' XML (cells only), shared strings and styles. */
export function xlsxParts(sheets: Record<string, string>, extra: { sharedStrings?: string; styles?: string; workbookPr?: string } = {}): Record<string, string> {
  const names = Object.keys(sheets)
  const ns = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"'
  const rel = (id: string, type: string, target: string) => `<Relationship Id="${id}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/${type}" Target="${target}"/>`
  const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;')
  const parts: Record<string, string> = {
    '[Content_Types].xml': '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>',
    '_rels/.rels': `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${rel('rId1', 'officeDocument', 'xl/workbook.xml')}</Relationships>`,
    'xl/workbook.xml': `<?xml version="1.0" encoding="UTF-8"?><workbook ${ns}>${extra.workbookPr ?? ''}<sheets>${names.map((n, i) => `<sheet name="${escape(n)}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`).join('')}</sheets></workbook>`,
    'xl/_rels/workbook.xml.rels': `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${names.map((_, i) => rel(`rId${i + 1}`, 'worksheet', `worksheets/sheet${i + 1}.xml`)).join('')}${extra.sharedStrings ? rel('rIdS', 'sharedStrings', 'sharedStrings.xml') : ''}${extra.styles ? rel('rIdT', 'styles', '/xl/styles.xml') : ''}</Relationships>`,
  }
  names.forEach((name, i) => (parts[`xl/worksheets/sheet${i + 1}.xml`] = `<?xml version="1.0" encoding="UTF-8"?><worksheet ${ns}>${sheets[name]}</worksheet>`))
  if (extra.sharedStrings) parts['xl/sharedStrings.xml'] = `<?xml version="1.0" encoding="UTF-8"?><sst ${ns}>${extra.sharedStrings}</sst>`
  if (extra.styles) parts['xl/styles.xml'] = `<?xml version="1.0" encoding="UTF-8"?><styleSheet ${ns}>${extra.styles}</styleSheet>`
  return parts
}
