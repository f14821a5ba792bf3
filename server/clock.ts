/**
 * The server's clock: the real time, or, for end-to-end suites only (TEST_CLOCK_START, refused in
 * production), a clock that starts at a given instant and runs on in real time from there.
 *
 * @example const clock = serverClock(settings.testClockStart); clock() // a Date
 */
export function serverClock(start: Date | undefined, real: () => number = Date.now): () => Date {
  if (!start) return () => new Date(real())
  const offset = start.getTime() - real()
  return () => new Date(real() + offset)
}
