/** What a gesture on the full-screen map asks of the hall. */
export type MapMoves = { panBy(dx: number, dy: number): void; zoomBy(factor: number, about: { x: number; y: number }): void }

type At = { x: number; y: number }

/**
 * Turns pointer events on the map into drags and pinches: one finger (or the mouse) drags, two fingers
 * pinch about their middle, the wheel zooms about the pointer. Points are relative to `element`.
 * Returns a function that stops listening.
 */
export function listenForMapGestures(element: HTMLElement, moves: MapMoves): () => void {
  const down = new Map<number, At>()
  const local = (e: { clientX: number; clientY: number }): At => {
    const r = element.getBoundingClientRect()
    return { x: e.clientX - r.left, y: e.clientY - r.top }
  }
  const middle = (a: At, b: At): At => ({ x: (a.x + b.x) / 2, y: (a.y + b.y) / 2 })
  const apart = (a: At, b: At) => Math.hypot(a.x - b.x, a.y - b.y)

  const onDown = (e: PointerEvent) => {
    down.set(e.pointerId, local(e))
  }
  const onMove = (e: PointerEvent) => {
    const was = down.get(e.pointerId)
    if (!was) return
    const now = local(e)
    const others = [...down].filter(([id]) => id !== e.pointerId).map(([, at]) => at)
    if (others.length === 0) moves.panBy(now.x - was.x, now.y - was.y)
    else {
      const other = others[0]!
      const before = apart(was, other)
      if (before > 0) moves.zoomBy(apart(now, other) / before, middle(now, other))
      const m0 = middle(was, other)
      const m1 = middle(now, other)
      moves.panBy(m1.x - m0.x, m1.y - m0.y)
    }
    down.set(e.pointerId, now)
  }
  const onUp = (e: PointerEvent) => void down.delete(e.pointerId)
  const onWheel = (e: WheelEvent) => {
    e.preventDefault()
    moves.zoomBy(Math.exp(-e.deltaY / 500), local(e))
  }
  element.addEventListener('pointerdown', onDown)
  element.addEventListener('pointermove', onMove)
  element.addEventListener('pointerup', onUp)
  element.addEventListener('pointercancel', onUp)
  element.addEventListener('wheel', onWheel, { passive: false })
  return () => {
    element.removeEventListener('pointerdown', onDown)
    element.removeEventListener('pointermove', onMove)
    element.removeEventListener('pointerup', onUp)
    element.removeEventListener('pointercancel', onUp)
    element.removeEventListener('wheel', onWheel)
  }
}
