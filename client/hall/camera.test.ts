import { describe, expect, it } from 'vitest'
import { frameRect, worldOffset } from './camera.ts'

const hall = { w: 4800, h: 3000 }

describe('frameRect', () => {
  it('shows the whole framed place inside a landscape view', () => {
    const view = { width: 1280, height: 720 }
    const focus = { x: 2500, y: 0, w: 1400, h: 900 }
    const cam = frameRect(focus, hall, view)
    expect(focus.w * cam.scale).toBeLessThanOrEqual(view.width)
    expect(focus.h * cam.scale).toBeLessThanOrEqual(view.height)
    const offset = worldOffset(cam, view)
    expect(offset.x + focus.x * cam.scale).toBeGreaterThanOrEqual(0)
    expect(offset.x + (focus.x + focus.w) * cam.scale).toBeLessThanOrEqual(view.width)
  })

  it('fits a place to the width of a phone held upright', () => {
    const view = { width: 390, height: 500 }
    const cam = frameRect({ x: 0, y: 0, w: 1400, h: 900 }, hall, view)
    expect(1400 * cam.scale).toBeCloseTo(390 - 32, 5)
  })

  it('never zooms out beyond the whole hall', () => {
    const view = { width: 800, height: 500 }
    const huge = frameRect({ x: -5000, y: -5000, w: 20000, h: 20000 }, hall, view)
    const whole = frameRect({ x: 0, y: 0, w: hall.w, h: hall.h }, hall, view)
    expect(huge.scale).toBe(whole.scale)
  })

  it('never zooms in beyond one hall centimetre per pixel', () => {
    expect(frameRect({ x: 0, y: 0, w: 10, h: 10 }, hall, { width: 1920, height: 1080 }).scale).toBe(1)
  })
})
