import { drawnFps } from './draw-meter.ts'
import { Application, Container, Graphics, RenderTexture, Sprite } from 'pixi.js'
import 'pixi.js/unsafe-eval'
import { drawFigure } from '../../../client/hall/figures.ts'

/**
 * The baseline: the least a hall frame can cost. A bare Pixi application at the same canvas size and
 * backing resolution as the hall, no antialiasing, drawing one canvas-sized texture and the same two
 * walking figures, moved by hand every frame (no GSAP, no path finding, no camera, no DOM words).
 */
async function start(width: number, height: number, resolution: number, maxFps = 0) {
  const app = new Application()
  await app.init({ preference: ['webgl'], failIfMajorPerformanceCaveat: false, antialias: false, background: 0xe9ecef, width, height, resolution, autoDensity: true })
  document.getElementById('stage')!.append(app.canvas)
  const picture = new Container()
  picture.addChild(new Graphics().rect(0, 0, width, height).fill(0xf4f2ee))
  for (let x = 0; x < width; x += 40) picture.addChild(new Graphics().rect(x, 0, 2, height).fill(0xe6e3dd))
  const texture = RenderTexture.create({ width, height, resolution })
  app.renderer.render({ container: picture, target: texture })
  const figures = [drawFigure('guide'), drawFigure('visitor')]
  app.stage.addChild(new Sprite(texture), ...figures.map((f) => f.root))
  if (maxFps > 0) app.ticker.maxFPS = maxFps
  let t = 0
  app.ticker.add((tick) => {
    t += tick.deltaMS / 1000
    figures.forEach((f, k) => {
      f.root.position.set(width * 0.2 + ((t * 120 + k * 60) % (width * 0.6)), height * 0.6 + k * 20)
      f.legs[0].y = Math.sin(t * 17) * 3
      f.legs[1].y = -Math.sin(t * 17) * 3
    })
  })
  return app
}

Object.assign(window, {
  bench: {
    start: (width: number, height: number, resolution: number, maxFps?: number) => start(width, height, resolution, maxFps).then(() => true),
    drawnFps,
  },
})
