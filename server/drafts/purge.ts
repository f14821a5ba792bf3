import type { Repository } from '../store/repository.ts'

/** Deletes every draft whose expiry has passed. Returns how many went. */
export async function purgeExpiredDrafts(repo: Repository, now: Date): Promise<number> {
  return repo.deleteExpiredDrafts(now)
}

/**
 * Purges expired drafts now and then every `intervalMinutes`; the timer does not keep the process
 * alive. Returns a function that stops it. A failed purge is logged and retried next time.
 */
export function startDraftPurge(options: {
  repo: Repository
  clock: () => Date
  intervalMinutes: number
  log?: (message: string) => void
}): () => void {
  const log = options.log ?? ((m: string) => console.info(m))
  let running = false
  const run = async () => {
    if (running) return
    running = true
    try {
      const purged = await purgeExpiredDrafts(options.repo, options.clock())
      if (purged > 0) log(`[drafts] purged ${purged} expired draft${purged === 1 ? '' : 's'}`)
    } catch (err) {
      log(`[drafts] purging expired drafts failed, will retry: ${(err as Error).message}`)
    } finally {
      running = false
    }
  }
  void run()
  const timer = setInterval(run, options.intervalMinutes * 60_000)
  timer.unref()
  return () => clearInterval(timer)
}
