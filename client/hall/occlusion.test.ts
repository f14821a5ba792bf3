import { describe, expect, it } from 'vitest'
import { drawnOverFigures, type Drawn } from './occlusion.ts'

// A counter whose front edge is at depth 500, standing 100 units tall over x 100..300.
const counter: Drawn = { depth: 500, box: { x: 100, y: 400, w: 200, h: 100 } }
// A figure 50 wide and 120 tall, feet at `depth`.
const figureAt = (x: number, depth: number): Drawn => ({ depth, box: { x: x - 25, y: depth - 120, w: 50, h: 120 } })

describe('which still things are drawn over the walking figures', () => {
  it('draws the counter over a figure standing behind it', () => {
    expect(drawnOverFigures([counter], [figureAt(200, 450)])).toEqual([true])
  })

  it('leaves a figure standing in front of the counter on top of it', () => {
    expect(drawnOverFigures([counter], [figureAt(200, 560)])).toEqual([false])
  })

  it('does not redraw a counter the figure is nowhere near', () => {
    expect(drawnOverFigures([counter], [figureAt(600, 450)])).toEqual([false])
  })

  it('redraws a thing when any one figure is behind it, whatever the other does', () => {
    const seat: Drawn = { depth: 800, box: { x: 0, y: 760, w: 100, h: 40 } }
    expect(drawnOverFigures([counter, seat], [figureAt(200, 560), figureAt(50, 790)])).toEqual([false, true])
  })
})
