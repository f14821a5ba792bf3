import { Text, type TextStyleOptions } from 'pixi.js'
import type { Rect } from '../../core/content/hall-layout.ts'
import { fontFamily, palette } from './palette.ts'

/** Text drawn at twice its size so signs stay crisp when the camera zooms in. */
const crisp = 2

export function label(text: string, style: TextStyleOptions): Text {
  return new Text({ text, style: { fontFamily, fill: palette.ink, ...style }, resolution: crisp })
}

/**
 * A two-line sign (Chinese over English) placed at the top-left of `box`, wrapped to its width.
 * Returns the texts so the caller adds them to its layer.
 */
export function bilingual(box: Rect, zh: string, en: string, size: number, colour: number = palette.ink): Text[] {
  const wrap = { wordWrap: true, wordWrapWidth: Math.max(40, box.w), breakWords: true }
  const top = label(zh, { fontSize: size, fontWeight: '600', fill: colour, ...wrap })
  const bottom = label(en, { fontSize: Math.round(size * 0.62), fill: colour, ...wrap })
  top.position.set(box.x, box.y)
  bottom.position.set(box.x, box.y + top.height + size * 0.1)
  return [top, bottom]
}
