import { Application, Container, Graphics } from 'pixi.js'
import 'pixi.js/unsafe-eval'
import { measureFrames } from './frame-meter.ts'

/**
 * The baseline: a bare Pixi application with the same renderer settings as the hall, drawing `count`
 * plain rectangles and moving two of them every frame, as the hall moves its guide and visitor.
 */
async function start(count: number) {
  const app = new Application()
  await app.init({ preference: ['webgl'], failIfMajorPerformanceCaveat: false, antialias: true, background: 0xeef1f4, width: 1280, height: 720, resolution: Math.min(devicePixelRatio || 1, 2), autoDensity: true })
  document.getElementById('stage')!.append(app.canvas)
  const world = new Container()
  world.scale.set(0.25)
  for (let i = 0; i < count; i++) {
    const g = new Graphics().roundRect(0, 0, 120, 60, 8).fill(0x5b6b7c)
    g.position.set((i * 173) % 4800, Math.floor((i * 173) / 4800) * 90)
    world.addChild(g)
  }
  app.stage.addChild(world)
  const movers = world.children.slice(0, 2)
  app.ticker.add((t) => movers.forEach((m, k) => (m.x = (m.x + t.deltaTime * (4 + k)) % 4800)))
  return app
}

Object.assign(window, { bench: { start: (count: number) => start(count).then(() => true), fps: (ms: number) => measureFrames(ms) } })
