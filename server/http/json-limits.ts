import { escapePointer } from '../store/storable-text.ts'

/**
 * The shape every JSON request body must keep, whatever the route: how deep it nests, how many values
 * it holds in all, and how long one string may be. Deeper or larger bodies are refused with 422 before
 * they are parsed, so no body can make the server do much work (README, "Security").
 */
export const jsonLimits = { maxDepth: 12, maxValues: 5000, maxStringLength: 10_000 } as const
export type JsonLimits = { maxDepth: number; maxValues: number; maxStringLength: number }

/** Where a body breaks a limit: the JSON pointer of the place, and what to do. */
export type JsonLimitProblem = { pointer: string; message: string }

type Frame = { array: boolean; index: number; keyStart: number; keyEnd: number; expectKey: boolean }

/**
 * One pass over the raw text, before JSON.parse (which itself takes a quarter of a second on 256 KB of
 * nested brackets): refuses nesting deeper than `maxDepth` and more than `maxValues` values. Malformed
 * text is left for JSON.parse to report with its position.
 *
 * @example scanJsonLimits('[[[1]]]', { ...jsonLimits, maxDepth: 2 }) // { pointer: '/0/0', message: 'nested deeper than 2 levels...' }
 */
export function scanJsonLimits(text: string, limits: JsonLimits = jsonLimits): JsonLimitProblem | null {
  const stack: Frame[] = []
  let values = 0
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i)
    if (ch === 0x22 /* " */) {
      const end = stringEnd(text, i)
      const top = stack.at(-1)
      if (top && !top.array && top.expectKey) {
        top.keyStart = i + 1
        top.keyEnd = end
      }
      i = end
    } else if (ch === 0x7b /* { */ || ch === 0x5b /* [ */) {
      values++
      if (stack.length >= limits.maxDepth) return { pointer: pointerOf(text, stack), message: `nested deeper than ${limits.maxDepth} levels; send a flatter value` }
      stack.push({ array: ch === 0x5b, index: 0, keyStart: -1, keyEnd: -1, expectKey: ch === 0x7b })
    } else if (ch === 0x7d /* } */ || ch === 0x5d /* ] */) {
      stack.pop()
    } else if (ch === 0x3a /* : */) {
      const top = stack.at(-1)
      if (top) top.expectKey = false
      values++
    } else if (ch === 0x2c /* , */) {
      const top = stack.at(-1)
      if (top?.array) {
        top.index++
        values++
      } else if (top) top.expectKey = true
    }
    if (values > limits.maxValues) return { pointer: pointerOf(text, stack), message: `holds more than ${limits.maxValues} values; send fewer` }
  }
  return null
}

/** The index of the quote closing the string that opens at `start` (or the end of the text). */
function stringEnd(text: string, start: number): number {
  let at = start
  for (;;) {
    at = text.indexOf('"', at + 1)
    if (at === -1) return text.length
    let backslashes = 0
    while (text.charCodeAt(at - 1 - backslashes) === 0x5c) backslashes++
    if (backslashes % 2 === 0) return at
  }
}

function pointerOf(text: string, stack: Frame[]): string {
  return stack.map((f) => `/${f.array ? f.index : escapePointer(keyText(text, f))}`).join('')
}

function keyText(text: string, f: Frame): string {
  if (f.keyStart < 0) return ''
  const raw = text.slice(f.keyStart, f.keyEnd)
  try {
    return JSON.parse(`"${raw}"`) as string
  } catch {
    return raw
  }
}

/**
 * After parsing: the first string longer than `maxStringLength`, or that no store can keep (see
 * storable-text.ts), with its pointer. The value is already bounded by scanJsonLimits, so this is cheap.
 */
export function findOverlongString(value: unknown, maxStringLength: number): JsonLimitProblem | null {
  const stack: { value: unknown; pointer: string }[] = [{ value, pointer: '' }]
  while (stack.length > 0) {
    const { value: v, pointer } = stack.pop()!
    if (typeof v === 'string' && v.length > maxStringLength) return { pointer, message: `is longer than ${maxStringLength} characters` }
    if (Array.isArray(v)) v.forEach((item, i) => stack.push({ value: item, pointer: `${pointer}/${i}` }))
    else if (typeof v === 'object' && v !== null) {
      for (const [key, inner] of Object.entries(v)) {
        const at = `${pointer}/${escapePointer(key)}`
        if (key.length > 200) return { pointer: at, message: 'has a key longer than 200 characters' }
        stack.push({ value: inner, pointer: at })
      }
    }
  }
  return null
}
