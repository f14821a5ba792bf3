/**
 * With SQLITE_COMMIT_STATS=1, reports every second on stderr how many writes shared each fsync, so the
 * draft bench can show that group commit really batches under load. Off otherwise: no timer, no cost.
 */
export function commitStatsReporter(env: Record<string, string | undefined> = process.env): ((size: number) => void) | undefined {
  if (!env.SQLITE_COMMIT_STATS) return undefined
  const tally = { writes: 0, batches: 0, largest: 0, reported: 0 }
  setInterval(() => {
    if (tally.writes === tally.reported) return
    tally.reported = tally.writes
    const mean = (tally.writes / tally.batches).toFixed(1)
    console.error(`sqlite group commit: ${tally.writes} writes in ${tally.batches} transactions (mean ${mean}, largest ${tally.largest})`)
  }, 1000).unref()
  return (size) => {
    tally.writes += size
    tally.batches++
    tally.largest = Math.max(tally.largest, size)
  }
}
