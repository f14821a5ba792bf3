import { drawnFps } from './draw-meter.ts'
import departments from '../../../content/departments.json'
import layoutJson from '../../../content/hall/layout.json'
import { mountHall, type HallController } from '../../../client/hall/mount-hall.ts'
import { HallLayout, hallPlan } from '../../../core/content/hall-layout.ts'
import { dwellMs } from '../../../core/hall/attract-tour-machine.ts'
import { tourMaxFps } from '../../../client/kiosk/attract-tour.svelte.ts'

/**
 * The real hall view on a bare page, driven by the bench through `window.bench`: size it, keep the
 * guide walking from window to window, tour the zones as the kiosk's start screen does, or mount and
 * destroy it many times.
 */
const layout = hallPlan(HallLayout.parse(layoutJson))
const element = document.getElementById('hall')!
let hall: HallController | undefined
let touring: ReturnType<typeof setInterval> | undefined

async function mount(width = 1280, height = 720): Promise<boolean> {
  element.style.width = `${width}px`
  element.style.height = `${height}px`
  hall = mountHall(element, { layout, names: { departments: departments.departments }, locale: 'zh', reducedMotion: false })
  return hall.ready
}

// Sends the guide on to the next window the moment the last walk has finished (the view's data-tweens
// falls to 0), so the measured time is all walking, as on the bare page, whatever the machine's load.
let walker: MutationObserver | undefined
function keepWalking(): void {
  let i = 0
  const next = () => {
    if (!hall || element.dataset.tweens !== '0') return
    const w = layout.windows[i++ % layout.windows.length]!
    hall.showPlace({ window: w.number }, { zh: `${w.number} 号窗口`, en: `Window ${w.number}` }, 'walk')
  }
  walker = new MutationObserver(next)
  walker.observe(element, { attributes: true, attributeFilter: ['data-tweens'] })
  next()
}

/** The kiosk start screen's tour as the kiosk asks it of the hall: calm, capped, zone to zone every dwell. */
function tour(): void {
  hall?.setMaxFps(tourMaxFps)
  hall?.setCalm(true)
  let i = 0
  const step = () => {
    const z = layout.zones[i++ % layout.zones.length]!
    hall?.showPlace({ zone: z.id }, z.name, i === 1 ? 'greet' : 'walk')
  }
  step()
  touring = setInterval(step, dwellMs)
}

Object.assign(window, {
  bench: {
    mount,
    destroy: () => {
      walker?.disconnect()
      clearInterval(touring)
      hall?.destroy()
      hall = undefined
    },
    stats: () => hall?.stats(),
    objects: () => Number(element.dataset.objects ?? 0),
    resolution: () => Number(element.dataset.resolution ?? 1),
    walk: () => keepWalking(),
    tour,
    tourFps: () => tourMaxFps,
    still: () => {
      walker?.disconnect()
      clearInterval(touring)
    },
    drawnFps,
    canvases: () => document.querySelectorAll('canvas').length,
  },
})
