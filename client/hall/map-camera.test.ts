import { describe, expect, it } from 'vitest'
import { panCamera, zoomCamera } from './map-camera.ts'

// A 2000 × 1000 hall seen in a 400 × 400 view; the whole hall fits at scale 0.2.
const hall = { x: 0, y: 0, w: 2000, h: 1000 }
const view = { width: 400, height: 400 }

describe('the visitor zooming and dragging the full-screen map', () => {
  it('keeps the hall point under the fingers where it was when zooming in', () => {
    const next = zoomCamera({ x: 1000, y: 500, scale: 0.5 }, view, hall, 2, { x: 300, y: 200 })
    // Under (300, 200) was hall point (1200, 500); at scale 1 it is still there.
    expect(next).toEqual({ x: 1100, y: 500, scale: 1 })
  })

  it('zooms out no further than the whole hall and in no closer than two pixels a centimetre', () => {
    expect(zoomCamera({ x: 1000, y: 500, scale: 0.5 }, view, hall, 0.01).scale).toBe(0.2)
    expect(zoomCamera({ x: 1000, y: 500, scale: 1.5 }, view, hall, 10).scale).toBe(2)
  })

  it('moves the hall with the finger and stops at its edge', () => {
    expect(panCamera({ x: 1000, y: 500, scale: 1 }, view, hall, -100, 0)).toEqual({ x: 1100, y: 500, scale: 1 })
    expect(panCamera({ x: 1000, y: 500, scale: 1 }, view, hall, 5000, 0)).toEqual({ x: 200, y: 500, scale: 1 })
  })
})
