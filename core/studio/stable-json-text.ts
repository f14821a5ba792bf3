import { applyEdits, findNodeAtLocation, modify, parseTree, type JSONPath, type Node } from 'jsonc-parser'

const formatting = { formattingOptions: { insertSpaces: true, tabSize: 2, eol: '\n' } }

/**
 * The text of a content file after an edit made in the studio, changed only where the value
 * changed: untouched keys keep their place, their line breaks and their spacing (a matter's
 * one-line `{ "zh": …, "en": … }` stays on one line), so the diff of a small edit is small and a
 * hand-edited file stays as its editor wrote it. A new file is written as 2-space JSON.
 *
 * @example stableJsonText('{\n  "a": 1, "b": [1, 2]\n}\n', { a: 2, b: [1, 2] }) // '{\n  "a": 2, "b": [1, 2]\n}\n'
 */
export function stableJsonText(original: string | null, value: unknown): string {
  if (original === null) return `${JSON.stringify(value, null, 2)}\n`
  let text = original
  for (const [path, replacement] of changes(JSON.parse(original), value, [])) text = applyChange(text, path, replacement)
  return text.endsWith('\n') ? text : `${text}\n`
}

/** One change: a value replaced in place (on one line if it was), a key removed with its comma, or a key added at the end. */
function applyChange(text: string, path: JSONPath, replacement: unknown): string {
  const tree = parseTree(text)!
  const node = findNodeAtLocation(tree, path)
  const parent = path.length > 0 ? findNodeAtLocation(tree, path.slice(0, -1)) : undefined
  if (!node && parent?.type === 'object' && parent.children?.length && typeof path.at(-1) === 'string') return addProperty(text, parent, String(path.at(-1)), replacement)
  if (!node) return applyEdits(text, modify(text, path, replacement, formatting))
  if (replacement === undefined) return removeProperty(text, node)
  const written = text.slice(node.offset, node.offset + node.length)
  const indent = /[^\n]*$/.exec(text.slice(0, node.offset))![0].match(/^\s*/)![0]
  const json = written.includes('\n') ? JSON.stringify(replacement, null, 2).replaceAll('\n', `\n${indent}`) : oneLine(replacement)
  return text.slice(0, node.offset) + json + text.slice(node.offset + node.length)
}

/** A new key after the object's last one, on its own line with the same indent (or on the same line in a one-line object). */
function addProperty(text: string, object: Node, key: string, value: unknown): string {
  const last = object.children!.at(-1)!
  const end = last.offset + last.length
  const objectText = text.slice(object.offset, object.offset + object.length)
  if (!objectText.includes('\n')) return `${text.slice(0, end)}, ${JSON.stringify(key)}: ${oneLine(value)}${text.slice(end)}`
  const indent = /[^\n]*$/.exec(text.slice(0, last.offset))![0].match(/^\s*/)![0]
  const json = JSON.stringify(value, null, 2).replaceAll('\n', `\n${indent}`)
  return `${text.slice(0, end)},\n${indent}${JSON.stringify(key)}: ${json}${text.slice(end)}`
}

function removeProperty(text: string, value: Node): string {
  const property = value.parent!
  const siblings = property.parent!.children!
  const at = siblings.indexOf(property)
  const end = property.offset + property.length
  if (at > 0) {
    const previous = siblings[at - 1]!
    return text.slice(0, previous.offset + previous.length) + text.slice(end)
  }
  const next = siblings[1]
  return text.slice(0, property.offset) + text.slice(next ? next.offset : end)
}

/** JSON on one line with a space after each comma and colon, as editors write short lists and texts. */
function oneLine(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(oneLine).join(', ')}]`
  if (typeof value === 'object' && value !== null) {
    return `{ ${Object.entries(value).map(([k, v]) => `${JSON.stringify(k)}: ${oneLine(v)}`).join(', ')} }`
  }
  return JSON.stringify(value)
}

/** The smallest replacements that turn `before` into `after`: into objects that keep a key, key by key; into lists of equal length item by item. */
function changes(before: unknown, after: unknown, path: JSONPath): [JSONPath, unknown][] {
  if (JSON.stringify(before) === JSON.stringify(after)) return []
  // An object that keeps none of its keys (a comparison grown into an `all` group) is a new value, written where the old one was.
  if (isObject(before) && isObject(after) && Object.keys(before).some((key) => key in after)) {
    const removed = Object.keys(before).filter((key) => !(key in after)).map((key): [JSONPath, unknown] => [[...path, key], undefined])
    return [...removed, ...Object.keys(after).flatMap((key) => changes(before[key], after[key], [...path, key]))]
  }
  if (Array.isArray(before) && Array.isArray(after) && before.length === after.length) {
    return after.flatMap((item, i) => changes(before[i], item, [...path, i]))
  }
  return [[path, after]]
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}
