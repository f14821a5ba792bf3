/** Frame timing in the page: every rAF interval over a window of time, for median fps and p95 frame time. */
export function measureFrames(ms: number): Promise<{ medianFps: number; p95FrameMs: number; frames: number }> {
  return new Promise((resolve) => {
    const gaps: number[] = []
    let last = performance.now()
    const end = last + ms
    const step = (now: number) => {
      gaps.push(now - last)
      last = now
      if (now < end) requestAnimationFrame(step)
      else {
        const sorted = gaps.slice(1).sort((a, b) => a - b)
        const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0
        resolve({ medianFps: 1000 / at(0.5), p95FrameMs: at(0.95), frames: sorted.length })
      }
    }
    requestAnimationFrame(step)
  })
}
