/**
 * Counts drawn frames from outside the app: every WebGL draw call marks the current animation frame
 * as drawn, and a rAF loop counts the marked frames. A frame the app skips (nothing moved) costs no
 * draw call and is not counted. Installed before the app runs (imported first by each bench page).
 */
let drew = false
let drawn = 0
for (const proto of [WebGLRenderingContext.prototype, WebGL2RenderingContext.prototype]) {
  for (const name of ['drawElements', 'drawArrays', 'drawElementsInstanced', 'drawArraysInstanced'] as const) {
    const original = (proto as unknown as Record<string, (...args: unknown[]) => unknown>)[name]
    if (!original) continue
    ;(proto as unknown as Record<string, unknown>)[name] = function (this: unknown, ...args: unknown[]) {
      drew = true
      return original.apply(this, args)
    }
  }
}
const count = () => {
  if (drew) drawn++
  drew = false
  requestAnimationFrame(count)
}
requestAnimationFrame(count)

/** Drawn frames per second over the next `ms`. */
export async function drawnFps(ms: number): Promise<number> {
  const start = drawn
  const t0 = performance.now()
  await new Promise((done) => setTimeout(done, ms))
  return ((drawn - start) * 1000) / (performance.now() - t0)
}
