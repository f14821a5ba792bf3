/**
 * Runs `run` when the browser has nothing more urgent to do (at the latest after `timeoutMs`), so work a
 * page can do without delays the first thing a citizen sees or taps. Returns how to cancel it.
 */
export function whenIdle(run: () => void, timeoutMs = 1500): { cancel: () => void } {
  if (typeof requestIdleCallback === 'function') {
    const id = requestIdleCallback(run, { timeout: timeoutMs })
    return { cancel: () => cancelIdleCallback(id) }
  }
  const id = setTimeout(run, 200)
  return { cancel: () => clearTimeout(id) }
}
