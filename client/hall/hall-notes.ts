import type { Rect } from '../../core/content/hall-layout.ts'
import { placeBubble, type Placed } from './place-bubble.ts'

/** Which way a bubble's tail points, from where the bubble sits relative to the guide. */
const tails: Record<Placed['side'], string> = {
  right: 'tail-left',
  left: 'tail-right',
  above: 'tail-below',
  below: 'tail-above',
  'above-right': 'tail-below',
  'above-left': 'tail-below',
  'below-right': 'tail-above',
  'below-left': 'tail-above',
}

/**
 * A note over the hall in DOM text (the guide's speech bubble, a window's card): crisp whatever the
 * canvas resolution. The page carries the same words, so it is aria-hidden with the rest of the picture.
 */
export class HallNote {
  readonly el: HTMLElement
  #text = ''
  #size = { w: 0, h: 0 }
  #small = false
  #at: Placed | undefined

  constructor(parent: HTMLElement, kind: 'bubble' | 'card') {
    this.el = document.createElement('div')
    this.el.className = `hall-note hall-${kind}`
    parent.append(this.el)
  }

  get rect(): Placed | undefined {
    return this.el.classList.contains('shown') ? this.#at : undefined
  }

  /** Smaller type in a narrow view, so the note leaves room for the place it talks about. */
  fitTo(viewWidth: number): void {
    const small = viewWidth < 520
    if (small === this.#small) return
    this.#small = small
    this.el.classList.toggle('small', small)
    this.#measure()
  }

  show(text: string): void {
    if (text !== this.#text) {
      this.#text = text
      this.el.textContent = text
      this.#measure()
    }
    this.el.classList.toggle('shown', text.length > 0)
  }

  hide(): void {
    this.el.classList.remove('shown')
  }

  /** Beside `guide` (screen px), clear of `subject` and of the guide (place-bubble.ts). */
  placeBeside(guide: Rect, subject: Rect | undefined, view: { width: number; height: number }): Placed {
    const at = placeBubble(this.#size, guide, subject, view)
    if (!this.#at || at.x !== this.#at.x || at.y !== this.#at.y || at.side !== this.#at.side) {
      if (this.#at?.side !== at.side) {
        this.el.classList.remove(...Object.values(tails))
        this.el.classList.add(tails[at.side])
      }
      this.el.style.transform = `translate(${Math.round(at.x)}px, ${Math.round(at.y)}px)`
      this.#at = at
    }
    return at
  }

  /** Without a tail, above a thing (or below it near the top edge), inside the view. */
  placeOver(thing: Rect, view: { width: number; height: number }): void {
    const x = Math.min(Math.max(4, thing.x + thing.w / 2 - this.#size.w / 2), Math.max(4, view.width - this.#size.w - 4))
    const above = thing.y - this.#size.h - 8
    const y = above >= 4 ? above : Math.min(thing.y + thing.h + 8, view.height - this.#size.h - 4)
    this.el.style.transform = `translate(${Math.round(x)}px, ${Math.round(y)}px)`
  }

  destroy(): void {
    this.el.remove()
  }

  #measure(): void {
    this.#size = { w: this.el.offsetWidth, h: this.el.offsetHeight }
  }
}
