import departments from '../../../content/departments.json'
import layoutJson from '../../../content/hall/layout.json'
import { mountHall, type HallController } from '../../../client/hall/mount-hall.ts'
import { HallLayout } from '../../../core/content/hall-layout.ts'
import { measureFrames } from './frame-meter.ts'

/**
 * The real hall view on a bare page, driven by the bench through `window.bench`: keep the guide
 * walking from window to window and measure frames, or mount and destroy it many times.
 */
const layout = HallLayout.parse(layoutJson)
const element = document.getElementById('hall')!
let hall: HallController | undefined
let walking = false

async function mount(): Promise<boolean> {
  hall = mountHall(element, { layout, names: { departments: departments.departments }, locale: 'zh', reducedMotion: false })
  return hall.ready
}

// Sends the guide on to the next window whenever the last walk has finished.
function keepWalking(): void {
  walking = true
  let i = 0
  const next = () => {
    if (!walking || !hall) return
    if (element.dataset.tweens === '0') {
      const w = layout.windows[i++ % layout.windows.length]!
      hall.showPlace({ window: w.number }, { zh: `${w.number} 号窗口`, en: `Window ${w.number}` }, 'walk')
    }
    setTimeout(next, 50)
  }
  next()
}

Object.assign(window, {
  bench: {
    mount,
    destroy: () => {
      walking = false
      hall?.destroy()
      hall = undefined
    },
    stats: () => hall?.stats(),
    objects: () => Number(element.dataset.objects ?? 0),
    async fps(ms: number) {
      keepWalking()
      const result = await measureFrames(ms)
      walking = false
      return result
    },
    canvases: () => document.querySelectorAll('canvas').length,
  },
})
