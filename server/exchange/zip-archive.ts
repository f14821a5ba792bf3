import { inflateRawSync } from 'node:zlib'

/**
 * The parts of a zip archive (an .xlsx is one), read from its central directory. Each part is
 * inflated whole, so its text is decoded in one piece and no character is ever split between chunks.
 */
export interface ZipArchive {
  /** part names as stored, e.g. `xl/worksheets/sheet1.xml` */
  readonly names: readonly string[]
  /** the part's bytes, or undefined when there is no such part; names match ignoring case, as in OPC */
  read(name: string): Buffer | undefined
}

const END_OF_DIRECTORY = 0x06054b50
const DIRECTORY_ENTRY = 0x02014b50
const LOCAL_HEADER = 0x04034b50

interface Entry {
  readonly name: string
  readonly method: number
  readonly flags: number
  readonly compressedSize: number
  readonly localOffset: number
}

export function openZip(zip: Buffer): ZipArchive {
  const entries = directory(zip)
  const byName = new Map(entries.map((e) => [e.name.toLowerCase(), e]))
  return {
    names: entries.map((e) => e.name),
    read(name) {
      const entry = byName.get(name.replace(/^\//, '').toLowerCase())
      return entry && contents(zip, entry)
    },
  }
}

function directory(zip: Buffer): Entry[] {
  const end = findEndOfDirectory(zip)
  const count = zip.readUInt16LE(end + 10)
  let at = zip.readUInt32LE(end + 16)
  if (at === 0xffffffff || count === 0xffff) throw new Error('the file is a zip64 archive, larger than any guide spreadsheet should be; save it again from the spreadsheet program')
  const entries: Entry[] = []
  for (let i = 0; i < count; i++) {
    if (at + 46 > zip.length || zip.readUInt32LE(at) !== DIRECTORY_ENTRY) throw new Error('the file is damaged (its zip directory is cut short); save it again as .xlsx')
    const nameLength = zip.readUInt16LE(at + 28)
    entries.push({
      flags: zip.readUInt16LE(at + 8),
      method: zip.readUInt16LE(at + 10),
      compressedSize: zip.readUInt32LE(at + 20),
      localOffset: zip.readUInt32LE(at + 42),
      name: zip.toString('utf8', at + 46, at + 46 + nameLength),
    })
    at += 46 + nameLength + zip.readUInt16LE(at + 30) + zip.readUInt16LE(at + 32)
  }
  return entries
}

/** The end record is the last 22 bytes, unless an archive comment (at most 64 KiB) follows it. */
function findEndOfDirectory(zip: Buffer): number {
  for (let at = zip.length - 22; at >= Math.max(0, zip.length - 22 - 0xffff); at--) {
    if (zip.readUInt32LE(at) === END_OF_DIRECTORY) return at
  }
  throw new Error('the file is not an .xlsx spreadsheet (it is not a zip archive); save it as .xlsx (Excel Workbook) and try again')
}

function contents(zip: Buffer, entry: Entry): Buffer {
  if (entry.flags & 1) throw new Error('the spreadsheet is password-protected; save a copy without a password and import that')
  const at = entry.localOffset
  if (at + 30 > zip.length || zip.readUInt32LE(at) !== LOCAL_HEADER) throw new Error(`the file is damaged (part ${entry.name} is missing); save it again as .xlsx`)
  const start = at + 30 + zip.readUInt16LE(at + 26) + zip.readUInt16LE(at + 28)
  const data = zip.subarray(start, start + entry.compressedSize)
  if (entry.method === 0) return data
  if (entry.method === 8) {
    try {
      return inflateRawSync(data)
    } catch (error) {
      throw new Error(`the file is damaged (part ${entry.name} cannot be inflated: ${(error as Error).message}); save it again as .xlsx`)
    }
  }
  throw new Error(`part ${entry.name} is compressed with method ${entry.method}, which spreadsheet programs do not use; save it again as .xlsx`)
}
