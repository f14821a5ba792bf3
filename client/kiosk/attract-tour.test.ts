import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import en from '../../content/i18n/en.json'
import zh from '../../content/i18n/zh.json'
import type { HallPlan } from '../../core/content/hall-layout.ts'
import { wordsFrom } from '../../core/i18n/words.ts'
import type { HallController } from '../hall/mount-hall.ts'
import { AttractTour, dwellMs, restMs, tourMaxFps, visitMaxFps, type TourWorld } from './attract-tour.svelte.ts'

const rect = { x: 0, y: 0, w: 100, h: 100 }
const zone = (id: string) => ({ id, name: { zh: id, en: id }, kind: 'acceptance' as const, rect, matterCount: 0 })
const layout = {
  name: { zh: '中心', en: 'Centre' }, address: { zh: '地址', en: 'Address' }, floor: { zh: '1 楼', en: 'Floor 1' }, hours: { zh: '工作日', en: 'Weekdays' },
  size: { w: 1000, h: 1000 },
  zones: [zone('guide'), zone('business-startup'), zone('waiting')],
  windows: [{ number: 1, zone: 'business-startup', departments: ['market-regulation'], matterCount: 0, matters: [], counter: rect, facing: 'south' as const, priority: false }],
  facilities: [],
} satisfies HallPlan

/** A hall that records what the tour asks of it, in the order asked. */
function fakeHall() {
  const calls: string[] = []
  let paused = false
  let offscreen = false
  const hall: HallController = {
    showPlace: (place) => void calls.push(`show ${'zone' in place ? place.zone : '?'}`),
    showRoute: (windows) => void calls.push(`route ${windows.join(',')}`),
    lookAt: () => {},
    zoomBy: () => {},
    panBy: () => {},
    setQueue: () => {},
    setLocale: (l) => void calls.push(`locale ${l}`),
    setReducedMotion: () => {},
    pause: () => void (paused = true),
    resume: () => void (paused = false),
    setOffscreen: (o) => void (offscreen = o),
    setMaxFps: (fps) => void calls.push(`fps ${fps}`),
    setCalm: (calm) => void calls.push(calm ? 'calm' : 'lively'),
    destroy: () => void calls.push('destroy'),
    ready: Promise.resolve(true),
    stats: () => ({ textures: 5, objects: 50 }),
  }
  return { hall, calls, state: () => ({ paused, offscreen }) }
}

function setup({ reduced = false, webgl = true } = {}) {
  const fake = fakeHall()
  let fire: (() => void) | undefined
  const media = { matches: reduced, addEventListener: vi.fn(), removeEventListener: vi.fn() }
  const world: TourWorld = {
    load: async () => ({ layout, names: {}, words: wordsFrom({ zh: zh.strings, en: en.strings }) }),
    mount: async () => (webgl ? fake.hall : { ...fake.hall, ready: Promise.resolve(false) }),
    reducedMotion: media,
    locale: () => 'zh',
    later: (run) => {
      fire = run
      return () => (fire = undefined)
    },
  }
  const tour = new AttractTour(world)
  const detach = tour.attach(document.createElement('div'))
  // The start screen left alone: the hall loads, and after its rest it plays.
  const quiet = async () => {
    fire?.()
    await vi.advanceTimersByTimeAsync(restMs)
  }
  return { tour, detach, quiet, media, ...fake }
}

beforeEach(() => vi.useFakeTimers())
afterEach(() => vi.useRealTimers())

describe('AttractTour', () => {
  it('loads the hall only once the start screen was left alone, then walks zone to zone calmly at a capped frame rate', async () => {
    const { tour, quiet, calls } = setup()
    expect(tour.state).toBe('waiting')
    tour.show()
    await quiet()
    expect(tour.state).toBe('touring')
    expect(calls).toEqual([`fps ${tourMaxFps}`, 'calm', 'show guide'])
    expect(tourMaxFps).toBeLessThanOrEqual(12)
    expect(tour.current?.zone).toBe('guide')
    await vi.advanceTimersByTimeAsync(dwellMs)
    expect(tour.current?.zone).toBe('business-startup')
    await vi.advanceTimersByTimeAsync(2 * dwellMs)
    expect(calls.filter((c) => c.startsWith('show'))).toEqual(['show guide', 'show business-startup', 'show waiting', 'show guide'])
    expect(tour.textures).toBe(5)
  })

  it('does not load the hall when a visit starts before the start screen was left alone', async () => {
    const { tour, quiet, calls } = setup()
    tour.show()
    tour.hide()
    await quiet()
    expect(calls).toEqual([])
    expect(tour.state).toBe('waiting')
  })

  it('holds the hall offscreen and still during a visit, and moves on to the next zone a moment after the start screen returns', async () => {
    const { tour, quiet, calls, state } = setup()
    tour.show()
    await quiet()
    tour.hide()
    expect(state()).toEqual({ paused: true, offscreen: true })
    expect(tour.state).toBe('hidden')
    await vi.advanceTimersByTimeAsync(10 * dwellMs)
    expect(calls.filter((c) => c.startsWith('show'))).toEqual(['show guide'])
    tour.show()
    expect(tour.state).toBe('resting')
    expect(state()).toEqual({ paused: true, offscreen: true })
    await vi.advanceTimersByTimeAsync(restMs)
    expect(state()).toEqual({ paused: false, offscreen: false })
    expect(calls.at(-1)).toBe('show business-startup')
  })

  it('stops cycling while the visitor pauses it, and carries on from the same zone', async () => {
    const { tour, quiet, calls, state } = setup()
    tour.show()
    await quiet()
    tour.togglePause()
    expect(tour.state).toBe('paused')
    expect(state().paused).toBe(true)
    await vi.advanceTimersByTimeAsync(5 * dwellMs)
    expect(calls.filter((c) => c.startsWith('show'))).toEqual(['show guide'])
    tour.togglePause()
    expect(tour.current?.zone).toBe('guide')
    await vi.advanceTimersByTimeAsync(dwellMs)
    expect(tour.current?.zone).toBe('business-startup')
  })

  it('shows a still overview under reduced motion: nobody walks and the words list the zones', async () => {
    const { tour, quiet, calls } = setup({ reduced: true })
    tour.show()
    await quiet()
    await vi.advanceTimersByTimeAsync(5 * dwellMs)
    expect(tour.state).toBe('still')
    expect(calls.filter((c) => c.startsWith('show'))).toEqual([])
    expect(tour.current).toBeUndefined()
    expect(tour.overview?.zh).toBe('大厅分区：guide、business-startup、waiting')
  })

  it('gives way to the situations tour when the hall cannot be drawn', async () => {
    const { tour, quiet } = setup({ webgl: false })
    tour.show()
    await quiet()
    expect(tour.state).toBe('unavailable')
    expect(tour.visible).toBe(false)
    expect(tour.current).toBeUndefined()
  })

  it('destroys the hall and forgets its listener when the page goes', async () => {
    const { tour, quiet, detach, calls, media } = setup()
    tour.show()
    await quiet()
    detach()
    expect(calls.at(-1)).toBe('destroy')
    expect(media.removeEventListener).toHaveBeenCalledWith('change', media.addEventListener.mock.calls[0]![1])
  })

  it('shows the hall beside a visit, following its scenes and drawing its route at a visit’s pace, without touring on', async () => {
    const { tour, quiet, calls, state } = setup()
    tour.show()
    await quiet()
    tour.hide()
    tour.visit()
    expect(tour.state).toBe('visit')
    expect(tour.visible).toBe(true)
    expect(state()).toEqual({ paused: false, offscreen: false })
    tour.showScene({ window: 1 }, { zh: '这是 1 号窗口', en: 'This is window 1' }, 'walk')
    tour.showRoute([1])
    await vi.advanceTimersByTimeAsync(10 * dwellMs)
    expect(calls).toEqual([`fps ${tourMaxFps}`, 'calm', 'show guide', `fps ${visitMaxFps}`, 'lively', 'show ?', 'route 1'])
  })

  it('loads the hall at once for a visit that starts before the start screen was left alone, and plays its latest scene', async () => {
    const { tour, calls } = setup()
    tour.show()
    tour.hide()
    tour.visit()
    tour.showScene({ window: 1 }, { zh: '这是 1 号窗口', en: 'This is window 1' }, 'walk')
    await vi.advanceTimersByTimeAsync(0)
    expect(tour.state).toBe('visit')
    expect(calls).toEqual([`fps ${visitMaxFps}`, 'lively', 'show ?'])
  })
})
