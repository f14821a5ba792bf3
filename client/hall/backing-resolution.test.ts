import { describe, expect, it } from 'vitest'
import { adaptResolution, cacheResolution, isSoftwareRenderer, recacheTo, resolutionCeiling, resolutionPolicy, startResolution } from './backing-resolution.ts'

describe('backing resolution', () => {
  it('recognises the software renderers Chromium falls back to', () => {
    expect(isSoftwareRenderer('ANGLE (Google, Vulkan 1.3.0 (SwiftShader Device (Subzero) (0x0000C0DE)), SwiftShader driver)')).toBe(true)
    expect(isSoftwareRenderer('llvmpipe (LLVM 15.0.6, 256 bits)')).toBe(true)
    expect(isSoftwareRenderer('ANGLE (Intel, Intel(R) UHD Graphics 620 Direct3D11 vs_5_0 ps_5_0, D3D11)')).toBe(false)
  })

  it('draws a large canvas on a software renderer at fewer pixels than the screen has', () => {
    const policy = resolutionPolicy(1, true)
    const r = startResolution(policy, 1280, 720)
    expect(r).toBeLessThan(1)
    expect(1280 * r * 720 * r).toBeLessThanOrEqual(310_000)
  })

  it('keeps a real GPU at the device pixel ratio, up to 2', () => {
    expect(startResolution(resolutionPolicy(3, false), 1920, 1080)).toBe(2)
    expect(startResolution(resolutionPolicy(1, false), 1920, 1080)).toBe(1)
  })

  it('lowers the resolution while frames overrun their budget and raises it when they have room, within limits', () => {
    const policy = resolutionPolicy(1, true)
    expect(adaptResolution(policy, 0.6, 40)).toBeCloseTo(0.51)
    expect(adaptResolution(policy, 0.6, 8)).toBeCloseTo(0.66)
    expect(adaptResolution(policy, 0.6, 19)).toBe(0.6)
    expect(adaptResolution(policy, 0.36, 80)).toBe(0.35)
    expect(adaptResolution(policy, 1, 5)).toBe(1)
  })

  it('does not count frames held back by a frame-rate cap as overrunning', () => {
    expect(adaptResolution(resolutionPolicy(1, true), 0.6, 50, 50)).toBe(0.6)
  })

  it('never climbs above its pixel budget under a frame-rate cap on a software renderer, however much room frames have', () => {
    const policy = resolutionPolicy(1, true)
    // The kiosk start screen's band at 1080×1920: 1015×883 CSS px, about 0.3 million pixels at 0.58.
    const ceiling = resolutionCeiling(policy, 1015, 883, { capped: true, calm: false })
    expect(ceiling).toBe(0.58)
    expect(adaptResolution(policy, 0.58, 20, 1000 / 12, ceiling)).toBe(0.58)
    expect(adaptResolution(policy, 0.5, 20, 1000 / 12, ceiling)).toBe(0.55)
    expect(adaptResolution(policy, 0.55, 20, 1000 / 12, ceiling)).toBe(0.58)
    expect(resolutionCeiling(policy, 1015, 883, { capped: false, calm: false })).toBe(1)
  })

  it('draws the kiosk’s calm loop with half the pixels on a software renderer, and a real GPU at its full resolution', () => {
    const calm = resolutionCeiling(resolutionPolicy(1, true), 1015, 883, { capped: true, calm: true })
    expect(calm).toBe(0.41)
    expect(1015 * calm * 883 * calm).toBeLessThanOrEqual(155_000)
    expect(resolutionCeiling(resolutionPolicy(2, false), 1015, 883, { capped: true, calm: true })).toBe(2)
  })

  it('caches the still hall at the screen’s sharpness in a few fixed steps, at most 0.8 texels per centimetre', () => {
    expect(cacheResolution(0.25, 1)).toBe(0.28)
    expect(cacheResolution(0.25, 0.5)).toBe(0.14)
    expect(cacheResolution(0.6, 2)).toBe(0.8)
    expect(cacheResolution(0.09, 1)).toBe(0.1)
  })

  it('re-renders the still layer for a finer need and keeps the finer texture for any coarser one', () => {
    expect(recacheTo(0, 0.2)).toBe(0.2)
    expect(recacheTo(0.2, 0.28)).toBe(0.28)
    expect(recacheTo(0.4, 0.28)).toBe(0.4)
    expect(recacheTo(0.56, 0.28)).toBe(0.56)
    expect(recacheTo(0.8, 0.14)).toBe(0.8)
  })
})
