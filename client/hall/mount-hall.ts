import { Application } from 'pixi.js'
import './pixi-setup.ts'
import type { HallPlan } from '../../core/content/hall-layout.ts'
import type { Locale, Text } from '../../core/content/text.ts'
import { buildHallModel, type HallNames } from '../../core/hall/hall-model.ts'
import type { Place } from '../../core/scenes/script.ts'
import type { QueueReport } from '../../core/hall/hall-queue.ts'
import { isSoftwareRenderer, resolutionPolicy, startResolution } from './backing-resolution.ts'
import { HallView } from './HallView.ts'
import { palette } from './palette.ts'
import './hall-words.css'

/** Where the hall is in its life; the panel shows progress, the map, or the "unavailable" notice. */
export type HallStatus =
  | { kind: 'loading'; progress: number }
  | { kind: 'ready' }
  | { kind: 'unavailable'; reason: 'no-webgl' | 'context-lost' | 'failed'; detail: string }

export type MountHallOptions = {
  layout: HallPlan
  /** Department and matter names for signs and cards; ids are shown without them. */
  names?: HallNames
  locale: Locale
  /** The in-app "reduce motion" choice; the system setting is followed as well. */
  reducedMotion: boolean
  onSelectWindow?: (window: number) => void
  onStatus?: (status: HallStatus) => void
}

/** What the page may ask of the hall. Calls made before it is ready are remembered and played when it is. */
export type HallController = {
  showPlace(place: Place, say: Text, cue: string): void
  showRoute(windows: number[]): void
  lookAt(place: Place): void
  /** The full-screen map: zoom by `factor` about a point of the hall's element (its middle without one). */
  zoomBy(factor: number, about?: { x: number; y: number }): void
  /** The full-screen map: drag by CSS pixels. */
  panBy(dx: number, dy: number): void
  /** The live hall's queue (people waiting, closed windows, numbers called); the latest report wins. */
  setQueue(report: QueueReport): void
  setLocale(locale: Locale): void
  setReducedMotion(reduced: boolean): void
  pause(): void
  resume(): void
  /**
   * Out of sight for a while (the kiosk's start screen during a visit): no frames at all and no hit
   * testing until it is back; the page hides the element itself. The journey never calls it.
   */
  setOffscreen(offscreen: boolean): void
  /** Caps the frame rate (0 lifts the cap), for a loop that runs unattended all day. */
  setMaxFps(fps: number): void
  /** The kiosk start screen's unattended loop: short walks, then still (HallView.setCalm). */
  setCalm(calm: boolean): void
  destroy(): void
  /** Resolves true once drawn, false if the hall cannot be shown (no WebGL) or was destroyed first. */
  ready: Promise<boolean>
  /** For the bench and leak checks: live GPU textures and display objects. */
  stats(): { textures: number; objects: number }
}

/**
 * Mounts the animated hall in `element` (the canvas fills it; give it a size). Never leaves a blank
 * box: when WebGL cannot start or its context is lost, the view is torn down and `onStatus` says
 * "unavailable", so the page shows its notice and the DOM journey carries on.
 */
export function mountHall(element: HTMLElement, options: MountHallOptions): HallController {
  let app: Application | undefined
  let view: HallView | undefined
  let gone = false
  let pending: ((v: HallView) => void) | undefined
  let locale = options.locale
  let reduced = options.reducedMotion
  let userPaused = false
  let offscreen = false
  let maxFps = 0
  let calm = false
  let queue: QueueReport | undefined
  const report = (status: HallStatus) => {
    element.dataset.hall = status.kind
    if (status.kind === 'unavailable') element.dataset.reason = `${status.reason}: ${status.detail}`
    options.onStatus?.(status)
  }
  const observer = new ResizeObserver(() => view?.resize(Math.max(1, element.clientWidth), Math.max(1, element.clientHeight)))
  const onVisibility = () => view?.setHidden(document.hidden || offscreen)
  // Offscreen, the pointer moves of a whole visit skip the hall's hit testing too.
  const applyOffscreen = () => {
    if (!app) return
    app.stage.eventMode = offscreen ? 'none' : 'passive'
    onVisibility()
  }
  const teardown = () => {
    observer.disconnect()
    document.removeEventListener('visibilitychange', onVisibility)
    view?.destroy()
    app?.destroy(true, { children: true, texture: true, textureSource: true, context: true })
    view = undefined
    app = undefined
  }
  const fail = (reason: 'no-webgl' | 'context-lost' | 'failed', detail: string) => {
    teardown()
    if (!gone) report({ kind: 'unavailable', reason, detail })
  }

  const ready = (async () => {
    report({ kind: 'loading', progress: 0.3 })
    const candidate = new Application()
    const width = Math.max(1, element.clientWidth || 640)
    const height = Math.max(1, element.clientHeight || 400)
    try {
      // No antialiasing: it costs a software renderer two to three times the frame; shapes are axis-aligned anyway.
      await candidate.init({
        preference: ['webgl'],
        // Only what pixi-setup.ts imports: no accessibility, DOM or filter extensions in the hall's chunk.
        manageImports: false,
        failIfMajorPerformanceCaveat: false,
        antialias: false,
        background: palette.background,
        resolution: 1,
        autoDensity: true,
        width,
        height,
      })
    } catch (err) {
      // A half-initialised application cannot be destroyed cleanly; its canvas was never attached.
      fail('no-webgl', err instanceof Error ? err.message : String(err))
      return false
    }
    if (gone) {
      candidate.destroy(true, { children: true, texture: true, textureSource: true })
      return false
    }
    app = candidate
    report({ kind: 'loading', progress: 0.7 })
    const software = isSoftwareRenderer(rendererName(app))
    const policy = resolutionPolicy(window.devicePixelRatio || 1, software)
    const resolution = { policy, current: startResolution(policy, width, height) }
    app.renderer.resize(width, height, resolution.current)
    element.dataset.software = String(software)
    try {
      view = new HallView(app, buildHallModel(options.layout, options.names), element, { locale, reducedMotion: reduced, resolution, onSelectWindow: options.onSelectWindow })
    } catch (err) {
      fail('failed', err instanceof Error ? err.message : String(err))
      return false
    }
    const canvas = app.canvas
    canvas.setAttribute('aria-hidden', 'true')
    canvas.style.cssText = 'position:absolute;inset:0;width:100%;height:100%;display:block;touch-action:pan-y'
    canvas.addEventListener('webglcontextlost', () => fail('context-lost', 'the WebGL context was lost'), { once: true })
    element.append(canvas)
    observer.observe(element)
    document.addEventListener('visibilitychange', onVisibility)
    if (userPaused) view.motion.pause()
    if (maxFps > 0) app.ticker.maxFPS = maxFps
    view.setCalm(calm)
    pending?.(view)
    if (queue) view.setQueue(queue)
    if (offscreen) applyOffscreen()
    else onVisibility()
    report({ kind: 'ready' })
    return true
  })()

  // Only the latest scene matters: a step shown before the hall was ready replaces any earlier one.
  const latest = (act: (v: HallView) => void) => {
    if (view) act(view)
    else pending = act
  }
  return {
    showPlace: (place, say, cue) => latest((v) => v.showPlace(place, say, cue)),
    showRoute: (windows) => latest((v) => v.showRoute(windows)),
    lookAt: (place) => view?.lookAt(place),
    zoomBy: (factor, about) => view?.zoomBy(factor, about),
    panBy: (dx, dy) => view?.panBy(dx, dy),
    setQueue: (report) => {
      queue = report
      view?.setQueue(report)
    },
    setLocale: (next) => {
      locale = next
      view?.setLocale(next)
    },
    setReducedMotion: (next) => {
      reduced = next
      view?.motion.setUserReduced(next)
    },
    pause: () => {
      userPaused = true
      view?.motion.pause()
    },
    resume: () => {
      userPaused = false
      view?.motion.resume()
    },
    setOffscreen: (next) => {
      if (next === offscreen) return
      offscreen = next
      applyOffscreen()
    },
    setMaxFps: (fps) => {
      maxFps = fps
      if (app) app.ticker.maxFPS = fps
    },
    setCalm: (next) => {
      calm = next
      view?.setCalm(next)
    },
    destroy: () => {
      gone = true
      teardown()
      element.dataset.hall = 'destroyed'
    },
    ready,
    stats: () => ({
      textures: app && 'texture' in app.renderer ? (app.renderer.texture as { managedTextures?: readonly unknown[] }).managedTextures?.length ?? 0 : 0,
      objects: app ? countAll(app.stage) : 0,
    }),
  }
}

/** The WebGL renderer's own name (e.g. "…SwiftShader…"), or "" when the browser hides it. */
function rendererName(app: Application): string {
  const gl = (app.renderer as { gl?: WebGLRenderingContext }).gl
  if (!gl) return ''
  const info = gl.getExtension('WEBGL_debug_renderer_info')
  return String(gl.getParameter(info ? info.UNMASKED_RENDERER_WEBGL : gl.RENDERER) ?? '')
}

function countAll(node: { children: readonly unknown[] }): number {
  return node.children.reduce<number>((n, child) => n + 1 + countAll(child as { children: readonly unknown[] }), 0)
}
