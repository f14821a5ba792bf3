import { Container, Graphics, Text } from 'pixi.js'
import { fontFamily, palette } from './palette.ts'

/**
 * A note drawn in screen pixels over the hall (the guide's speech bubble, a window's card), so it
 * stays legible at any zoom. The DOM carries the same words; this is the picture of them.
 */
export class ScreenNote {
  readonly root = new Container({ visible: false })
  #back = new Graphics()
  #text: Text

  constructor(readonly maxWidth: number, readonly tail: boolean) {
    this.#text = new Text({ text: '', style: { fontFamily, fontSize: 16, lineHeight: 23, fill: palette.ink, wordWrap: true, wordWrapWidth: maxWidth - 24, breakWords: true } })
    this.#text.position.set(12, 9)
    this.root.addChild(this.#back, this.#text)
  }

  /** Narrow views get a narrower note in smaller type, so it never hides the people it speaks for. */
  fitTo(viewWidth: number): void {
    const width = Math.round(Math.min(this.maxWidth, Math.max(160, viewWidth * 0.5)))
    const size = viewWidth < 520 ? 13 : 16
    if (this.#text.style.wordWrapWidth === width - 24 && this.#text.style.fontSize === size) return
    this.#text.style.wordWrapWidth = width - 24
    this.#text.style.fontSize = size
    this.#text.style.lineHeight = Math.round(size * 1.4)
    this.#redraw()
  }

  show(text: string): void {
    if (this.#text.text !== text) {
      this.#text.text = text
      this.#redraw()
    }
    this.root.visible = text.length > 0
  }

  hide(): void {
    this.root.visible = false
  }

  /** Puts the note above a screen point (or below it near the top edge), kept inside the view. */
  placeAt(x: number, y: number, view: { width: number; height: number }): void {
    const w = this.#text.width + 24
    const h = this.#text.height + 18
    const above = y - h - 48 >= 4
    const left = Math.min(Math.max(4, x - w / 2), Math.max(4, view.width - w - 4))
    this.root.position.set(Math.round(left), Math.round(above ? y - h - 48 : Math.min(y + 28, view.height - h - 4)))
  }

  #redraw(): void {
    const w = this.#text.width + 24
    const h = this.#text.height + 18
    this.#back.clear()
    this.#back.roundRect(0, 0, w, h, 12).fill({ color: palette.bubble, alpha: 0.97 }).stroke({ width: 2, color: palette.sign })
    if (this.tail) this.#back.poly([w / 2 - 9, h, w / 2 + 9, h, w / 2, h + 12]).fill(palette.bubble).stroke({ width: 2, color: palette.sign })
  }
}
