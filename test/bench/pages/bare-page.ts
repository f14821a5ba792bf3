import { Application, Container, Graphics, Text } from 'pixi.js'
import 'pixi.js/unsafe-eval'
import layoutJson from '../../../content/hall/layout.json'
import { frameRect, worldOffset } from '../../../client/hall/camera.ts'
import { measureFrames } from './frame-meter.ts'

/**
 * The baseline: a bare Pixi application with the hall's renderer settings drawing the same picture
 * naively — every layout rectangle as a plain Graphics, every name as a plain Text, padded with small
 * rectangles up to the hall's object count — framed like the hall's window close-ups, with two
 * figures moved by hand each frame. No GSAP, no path finding, no camera tweens, no DOM state.
 */
async function start(count: number) {
  const app = new Application()
  const size = { width: 1280, height: 720 }
  await app.init({ preference: ['webgl'], failIfMajorPerformanceCaveat: false, antialias: true, background: 0xeef1f4, ...size, resolution: Math.min(devicePixelRatio || 1, 2), autoDensity: true })
  document.getElementById('stage')!.append(app.canvas)
  const world = new Container()
  const floor = new Graphics().rect(0, 0, layoutJson.size.w, layoutJson.size.h).fill(0xfbfaf7)
  for (const z of layoutJson.zones) floor.rect(z.rect.x, z.rect.y, z.rect.w, z.rect.h).fill(0xe6eef7)
  world.addChild(floor)
  const rects = [...layoutJson.windows.map((w) => w.counter), ...layoutJson.facilities.map((f) => f.rect)]
  const names = [...layoutJson.zones.map((z) => z.name), ...layoutJson.windows.map((w) => w.label ?? { zh: String(w.number), en: '' }), ...layoutJson.facilities.map((f) => f.name)]
  for (const r of rects) world.addChild(new Graphics().roundRect(r.x, r.y, r.w, r.h, 8).fill(0x5b6b7c))
  names.forEach((n, i) => {
    const text = new Text({ text: `${n.zh}\n${n.en}`, style: { fontSize: 26, fill: 0x1f2a37 }, resolution: 2 })
    text.position.set(rects[i % rects.length]!.x, rects[i % rects.length]!.y - 70)
    world.addChild(text)
  })
  for (let i = world.children.length; i < count - 2; i++) world.addChild(new Graphics().circle((i * 97) % 4800, (i * 61) % 3000, 12).fill(0x9fb4c7))
  const movers = [0xc8102e, 0x2f7d5b].map((c) => new Graphics().circle(0, 0, 30).fill(c))
  world.addChild(...movers)
  const camera = frameRect({ x: 2300, y: 0, w: 1400, h: 900 }, layoutJson.size, size)
  const offset = worldOffset(camera, size)
  world.scale.set(camera.scale)
  world.position.set(offset.x, offset.y)
  app.stage.addChild(world)
  app.ticker.add((t) => movers.forEach((m, k) => m.position.set(2300 + ((m.x - 2300 + t.deltaTime * (4 + k)) % 1400), 300 + k * 80)))
  return app
}

Object.assign(window, { bench: { start: (count: number) => start(count).then(() => true), fps: (ms: number) => measureFrames(ms) } })
