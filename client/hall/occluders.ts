import { Graphics, type Container } from 'pixi.js'
import type { Prop } from './draw-hall.ts'
import { drawnOverFigures, type Drawn } from './occlusion.ts'
import { floorDepth } from './projection.ts'

/**
 * Counters, desks and seats drawn again, in the figures' depth-sorted layer, over a figure that walks
 * behind them. The still hall is one cached picture under the figures; these copies are hidden unless
 * a figure is behind one, so a frame still draws the picture and a handful of shapes.
 */
export class Occluders {
  #shapes: Graphics[]
  #things: Drawn[]

  constructor(private readonly layer: Container, props: readonly Prop[]) {
    this.#shapes = props.map((p) => {
      const g = new Graphics({ visible: false, zIndex: p.depth * floorDepth })
      p.draw(g)
      return g
    })
    this.#things = this.#shapes.map((g) => ({ depth: g.zIndex, box: boxOf(g, 0, 0) }))
    if (this.#shapes.length > 0) layer.addChild(...this.#shapes)
  }

  /** Shows the copies that stand in front of a figure; figures' depth is their feet's projected y (their zIndex). */
  update(figures: readonly Container[]): void {
    const at = figures.map((f) => ({ depth: f.zIndex, box: boxOf(f, f.x, f.y) }))
    drawnOverFigures(this.#things, at).forEach((over, i) => (this.#shapes[i]!.visible = over))
  }

  destroy(): void {
    for (const g of this.#shapes) g.destroy()
    this.#shapes = []
    this.#things = []
  }
}

function boxOf(c: Container, x: number, y: number): Drawn['box'] {
  const b = c.getLocalBounds()
  return { x: x + b.minX, y: y + b.minY, w: b.width, h: b.height }
}
