import type { Point, Rect } from '../../core/content/hall-layout.ts'
import type { Locale } from '../../core/content/text.ts'
import type { HallQueue } from '../../core/hall/hall-queue.ts'
import { inOrder, type LabelSpec } from './label-specs.ts'
import { overlap } from './place-bubble.ts'

/** The smallest type on the picture (CSS px): legible on a phone held at arm's length. */
export const minFontPx = 12

type Label = { spec: LabelSpec; el: HTMLElement; full: { w: number; h: number }; short: { w: number; h: number }; shown: '' | 'full' | 'short'; x: number; y: number }

/**
 * The hall's words as DOM text over the canvas, as web maps do: crisp at any canvas resolution, at
 * least 12 CSS px at every zoom, in the page's language first. Each sign keeps its place over the
 * world point it names; where signs would overlap, the higher-ranked one (the place the step names
 * first) is shown and the other shrinks to its window number or steps aside. aria-hidden: the page's
 * own words and the directory say the same.
 */
export class HallLabels {
  readonly root: HTMLElement
  #labels: Label[]
  #locale: Locale
  #queue: HallQueue | undefined

  constructor(host: HTMLElement, specs: LabelSpec[], locale: Locale) {
    this.root = document.createElement('div')
    this.root.className = 'hall-words'
    this.root.setAttribute('aria-hidden', 'true')
    host.append(this.root)
    this.#locale = locale
    this.#labels = specs.map((spec) => {
      const el = document.createElement('div')
      el.className = `hw hw-${spec.kind}`
      el.dataset.key = spec.key
      this.root.append(el)
      return { spec, el, full: { w: 0, h: 0 }, short: { w: 0, h: 0 }, shown: '', x: NaN, y: NaN }
    })
    this.#write()
  }

  setLocale(locale: Locale): void {
    if (locale === this.#locale) return
    this.#locale = locale
    this.#write()
  }

  /** The numbers on the zones' call screens. */
  setQueue(queue: HallQueue): void {
    this.#queue = queue
    this.#write()
  }

  /**
   * Places every sign for the current camera: `toScreen` maps world points to view pixels. `first`
   * (the place the step names) is placed before all others, and no other sign covers `keepClear`
   * (the thing itself). With a `route`, no sign covers its stop markers (placed first), and its
   * windows' signs come next, each keeping room for the others' number plates: a neighbour's whole
   * sign never hides the number of a window the route stops at. Returns the on-screen box of each
   * shown sign by key, for the bubble.
   */
  layout(toScreen: (p: Point) => Point, view: { width: number; height: number }, first: string, keepClear?: Rect, route?: { stops: Rect[]; windows: Set<string> }): Map<string, Rect> {
    const placed = new Map<string, Rect>()
    const taken = [...(route?.stops ?? [])]
    const clear = keepClear ? [keepClear] : []
    const onRoute = route?.windows ?? new Set<string>()
    const reserved = new Map(this.#labels.filter((l) => onRoute.has(l.spec.key)).map((l) => [l.spec.key, this.#boxAt(l, 'short', toScreen(l.spec.anchor))]))
    const priority = (l: Label) => (l.spec.key === first ? 2 : onRoute.has(l.spec.key) ? 1 : 0)
    const order = [...this.#labels].sort((a, b) => priority(b) - priority(a) || b.spec.rank - a.spec.rank)
    for (const label of order) {
      reserved.delete(label.spec.key)
      const at = toScreen(label.spec.anchor)
      let mode: Label['shown'] = ''
      let box: Rect | undefined
      // A window of the route too close to another of the route for both numbers side by side takes
      // its own anyway, a plate higher if need be (as a transit map staggers crowded names).
      const tries: [mode: 'full' | 'short', keepRoom: boolean, lift: number][] = [['full', true, 0], ['short', true, 0]]
      if (onRoute.has(label.spec.key)) tries.push(['short', false, 0], ['short', false, label.short.h + 2])
      for (const [m, keepRoom, lift] of tries) {
        if (m === 'short' && !label.spec.number) break
        const r = this.#boxAt(label, m, { x: at.x, y: at.y - lift })
        const inView = r.x >= 0 && r.y >= 0 && r.x + r.w <= view.width && r.y + r.h <= view.height
        const blocked =
          taken.some((t) => overlap(t, r) > 0) ||
          (keepRoom && [...reserved.values()].some((t) => overlap(t, r) > 0)) ||
          (label.spec.key !== first && clear.some((t) => overlap(t, r) > 0))
        if (inView && !blocked) {
          mode = m
          box = r
          break
        }
      }
      this.#show(label, mode, box)
      if (box) {
        taken.push({ x: box.x - 2, y: box.y - 2, w: box.w + 4, h: box.h + 4 })
        placed.set(label.spec.key, box)
      }
    }
    return placed
  }

  /**
   * Where the windows' signs hang for the camera, before any is placed: the whole sign for the windows
   * in `whole`, the number plate for the others. The route's stop markers keep clear of them.
   */
  windowSigns(toScreen: (p: Point) => Point, whole: Set<string>): Rect[] {
    return this.#labels.filter((l) => l.spec.kind === 'window').map((l) => this.#boxAt(l, whole.has(l.spec.key) ? 'full' : 'short', toScreen(l.spec.anchor)))
  }

  /** A sign's box when shown whole or short at its anchor's screen point: windows and zones centred on it, the others standing on it. */
  #boxAt(label: Label, mode: 'full' | 'short', at: Point): Rect {
    const size = label[mode]
    const centred = label.spec.kind === 'window' || label.spec.kind === 'zone'
    return { x: at.x - size.w / 2, y: centred ? at.y - size.h / 2 : at.y - size.h, w: size.w, h: size.h }
  }

  destroy(): void {
    this.root.remove()
  }

  #show(label: Label, mode: Label['shown'], box: Rect | undefined): void {
    if (mode !== label.shown) {
      label.shown = mode
      label.el.dataset.shown = mode
    }
    if (!box) return
    const x = Math.round(box.x)
    const y = Math.round(box.y)
    if (x === label.x && y === label.y) return
    label.x = x
    label.y = y
    label.el.style.transform = `translate(${x}px, ${y}px)`
  }

  #write(): void {
    for (const label of this.#labels) {
      const { spec, el } = label
      const [first, second] = inOrder(spec.name, this.#locale)
      const calling = spec.kind === 'zone' ? this.#queue?.zones.get(spec.key.slice('zone:'.length))?.calling ?? '—' : undefined
      el.lang = this.#locale === 'zh' ? 'zh-CN' : 'en'
      el.replaceChildren(
        ...(spec.number ? [span('hw-n', spec.number)] : []),
        span('hw-1', spec.kind === 'restroom' ? `♿ ${first}` : first),
        span('hw-2', second),
        ...(calling !== undefined ? [span('hw-call', calling)] : []),
      )
      const other = el.querySelector<HTMLElement>('.hw-2')!
      other.lang = this.#locale === 'zh' ? 'en' : 'zh-CN'
    }
    this.#measure()
  }

  // One read of every sign's size per language change, never per frame.
  #measure(): void {
    for (const label of this.#labels) label.el.dataset.shown = 'full'
    for (const label of this.#labels) label.full = { w: label.el.offsetWidth, h: label.el.offsetHeight }
    for (const label of this.#labels) if (label.spec.number) label.el.dataset.shown = 'short'
    for (const label of this.#labels) label.short = label.spec.number ? { w: label.el.offsetWidth, h: label.el.offsetHeight } : label.full
    for (const label of this.#labels) label.el.dataset.shown = label.shown
  }
}

function span(className: string, text: string): HTMLElement {
  const el = document.createElement('span')
  el.className = className
  el.textContent = text
  return el
}
