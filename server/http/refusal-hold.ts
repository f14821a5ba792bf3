/**
 * How long a refused request waits before its 429 goes out, given how long until its budget allows
 * one more (`retryAfterMs`).
 */
export type RefusalHold = (retryAfterMs: number) => Promise<void>

/**
 * Holds each refusal for up to `delayMs` before answering it, as nginx's limit_req delays excess
 * requests instead of answering them at once. Refusing is cheap but not free (a connection, a parse of
 * the headers, an answer written), and a client that keeps N requests in flight gets N answers per
 * round trip: answered at once, one such client made the server refuse ~900 requests a second and
 * took a third of everyone else's search throughput on two cores (issue 15). Held for a second, it
 * gets N answers a second. Never longer than the budget's own wait, and at most `maxHeld` refusals wait
 * at once (past that they are answered at once), so a flood of connections cannot make holding cost
 * more than that many timers.
 *
 * @example const hold = refusalHold(1000); await hold(verdict.retryAfterMs); throw tooManyAttempts(...)
 */
export function refusalHold(delayMs: number, maxHeld = 1000): RefusalHold {
  let held = 0
  return async (retryAfterMs) => {
    const wait = Math.min(delayMs, retryAfterMs)
    if (wait <= 0 || held >= maxHeld) return
    held++
    try {
      await new Promise((resolve) => setTimeout(resolve, wait))
    } finally {
      held--
    }
  }
}
