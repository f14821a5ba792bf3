/**
 * Just enough XML for the parts of an .xlsx a guide sheet needs: the text of an element and the
 * attributes of a tag, decoded as an XML parser would. Tags may carry a namespace prefix (`x:c`),
 * as some generators write them.
 */

const entity = /&(?:#(\d+)|#x([0-9a-fA-F]+)|(amp|lt|gt|quot|apos));/g
const named: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" }

function decodeEntities(raw: string): string {
  // XML reads a line break written as CR LF, or a lone CR, as LF; a &#13; stays a CR.
  const text = raw.indexOf('\r') === -1 ? raw : raw.replace(/\r\n?/g, '\n')
  if (text.indexOf('&') === -1) return text
  return text.replace(entity, (whole, dec?: string, hex?: string, name?: string) => {
    if (name) return named[name]!
    const code = dec ? Number(dec) : parseInt(hex!, 16)
    return code <= 0x10ffff ? String.fromCodePoint(code) : whole
  })
}

/** An element's character data: entities decoded, CDATA sections taken as they are. */
export function xmlText(raw: string): string {
  if (raw.indexOf('<![CDATA[') === -1) return decodeEntities(raw)
  return raw
    .split(/(<!\[CDATA\[[\s\S]*?\]\]>)/)
    .map((part, i) => (i % 2 === 1 ? part.slice(9, -3) : decodeEntities(part)))
    .join('')
}

/** Excel writes characters XML cannot hold as `_x000D_`, and a literal `_x` sequence as `_x005F_x…`. */
export function spreadsheetText(raw: string): string {
  const text = xmlText(raw)
  return text.indexOf('_x') === -1 ? text : text.replace(/_x([0-9A-Fa-f]{4})_/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)))
}

/** A tag's attributes by name, prefix and all (`r:id`), values decoded. */
export function attributes(tag: string): Record<string, string> {
  // Scanned by hand rather than by a pattern: this runs once per cell, hundreds of thousands of times.
  const found: Record<string, string> = {}
  for (let at = 0; ; ) {
    const equals = tag.indexOf('=', at)
    if (equals === -1) return found
    let open = equals + 1
    while (open < tag.length && ' \t\n\r'.includes(tag[open]!)) open++
    const quote = tag[open]
    const close = quote === '"' || quote === "'" ? tag.indexOf(quote, open + 1) : -1
    if (close === -1) return found
    found[tag.slice(at, equals).trim()] = xmlText(tag.slice(open + 1, close))
    at = close + 1
  }
}

/** Every `<name …>` element of the XML (with or without a prefix): its attribute text and its content ('' when empty). */
export function* elements(xml: string, name: string): Generator<{ tag: string; content: string }> {
  for (const m of xml.matchAll(elementPattern(name))) yield { tag: m[1]!, content: m[2] ?? '' }
}

/** The first `<name …>` element of the XML, or undefined. */
export function firstElement(xml: string, name: string): { tag: string; content: string } | undefined {
  const m = elementPattern(name, '').exec(xml)
  return m ? { tag: m[1]!, content: m[2] ?? '' } : undefined
}

// A sheet has hundreds of thousands of cells: each pattern is built once.
const patterns = new Map<string, RegExp>()
function elementPattern(name: string, flags = 'g'): RegExp {
  let re = patterns.get(name + flags)
  if (!re) {
    re = new RegExp(`<(?:[\\w.-]+:)?${name}(?=[\\s/>])([^>]*?)(?:\\/>|>([\\s\\S]*?)<\\/(?:[\\w.-]+:)?${name}\\s*>)`, flags)
    patterns.set(name + flags, re)
  }
  return re
}

/** The text of a rich or plain string (`<si>`, `<is>`): its `<t>` runs joined, phonetic guides (`<rPh>`) left out. */
export function runsText(content: string): string {
  const body = content.indexOf('rPh') === -1 ? content : content.replace(/<(?:[\w.-]+:)?rPh\b[\s\S]*?<\/(?:[\w.-]+:)?rPh\s*>/g, '')
  let text = ''
  for (const t of elements(body, 't')) text += spreadsheetText(t.content)
  return text
}
