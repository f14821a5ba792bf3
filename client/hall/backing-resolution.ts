/**
 * How many canvas pixels the hall draws per CSS pixel. A software WebGL renderer (SwiftShader,
 * llvmpipe) is limited by pixels drawn per second, so there the canvas starts from a pixel budget
 * and, like a game's dynamic resolution, drops further while frames overrun their budget and climbs
 * back when they have room. Labels are DOM text over the canvas, so they stay crisp whatever this is.
 */
export type ResolutionPolicy = { min: number; max: number; pixelBudget: number }

/** Renderer names that mean the GPU is emulated on the CPU. */
export function isSoftwareRenderer(name: string): boolean {
  return /swiftshader|llvmpipe|softpipe|software|microsoft basic render/i.test(name)
}

export function resolutionPolicy(devicePixelRatio: number, software: boolean): ResolutionPolicy {
  const max = Math.min(Math.max(devicePixelRatio || 1, 1), 2)
  // About 0.3 million pixels a frame keeps SwiftShader on two cores near 60 drawn frames a second.
  return software ? { min: 0.35, max: Math.min(max, 1), pixelBudget: 300_000 } : { min: 0.5, max, pixelBudget: Infinity }
}

/** The resolution to start with for a canvas of `width` × `height` CSS pixels. */
export function startResolution(policy: ResolutionPolicy, width: number, height: number): number {
  const fit = Math.sqrt(policy.pixelBudget / Math.max(1, width * height))
  return round(Math.min(policy.max, Math.max(policy.min, fit)))
}

/** One frame's budget at 60 Hz, with the slack a busy page needs. */
export const frameBudgetMs = 1000 / 50

/**
 * The next resolution after a run of drawn frames whose median interval was `medianMs`: 15% lower
 * while frames overrun the budget (longer under a frame-rate cap), 10% higher while they take less
 * than two thirds of it, but never above `ceiling`.
 */
export function adaptResolution(policy: ResolutionPolicy, current: number, medianMs: number, budgetMs = frameBudgetMs, ceiling = policy.max): number {
  if (medianMs > budgetMs * 1.15) return round(Math.max(policy.min, current * 0.85))
  if (medianMs < budgetMs * 0.66) return round(Math.max(current, Math.min(policy.max, ceiling, current * 1.1)))
  return current
}

/** The share of the pixel budget a calm loop draws with: it is on screen all day, and its words are DOM text. */
const calmShare = 0.5

/**
 * The highest resolution the hall climbs to. Uncapped, the policy's own; under a frame-rate cap, its
 * starting pixel budget (capped frames always have room, and on a software renderer every extra pixel
 * is CPU time spent for nothing); in a calm loop, half that budget. Words are DOM text and stay crisp.
 */
export function resolutionCeiling(policy: ResolutionPolicy, width: number, height: number, pace: { capped: boolean; calm: boolean }): number {
  if (!pace.capped && !pace.calm) return policy.max
  return startResolution(pace.calm ? { ...policy, pixelBudget: policy.pixelBudget * calmShare } : policy, width, height)
}

const round = (r: number) => Math.round(r * 100) / 100

/** The still layer's texture resolutions (texels per world unit): a few steps, so the texture pool holds a few sizes all day. */
const cacheSteps = [0.07, 0.1, 0.14, 0.2, 0.28, 0.4, 0.56, 0.8]

/** The still layer's resolution for a camera scale and backing resolution: the first step at least as sharp as the screen, at most 0.8. */
export function cacheResolution(cameraScale: number, backing: number): number {
  const needed = cameraScale * backing
  return cacheSteps.find((s) => s >= needed * 0.95) ?? cacheSteps.at(-1)!
}

/**
 * The still layer's next texture resolution, from the one it has (0: none yet) and the one the screen
 * needs: a finer need re-renders it, a coarser one keeps it. Re-rendering the whole hall costs a
 * software renderer many frames' work. Dropping to a coarser texture too (when it was twice as fine
 * as needed) made a kiosk's live Pixi textures grow all day, 13 -> 27 over 200 visits of the soak
 * bench, against 4 -> 4 without it, so the finer texture is kept.
 */
export function recacheTo(current: number, needed: number): number {
  return needed > current ? needed : current
}
