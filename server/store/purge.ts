import type { RateLimitStore } from '../http/rate-limit.ts'
import type { HandoffStore } from './handoff-store.ts'
import type { IdentityStore } from './identity-store.ts'
import type { Repository } from './repository.ts'

/** What a purge clears: expired drafts, and if given, expired hand-offs, citizens' sessions and full rate-limit buckets. */
export type PurgeTargets = { repo: Repository; handoffs?: HandoffStore; sessions?: Pick<IdentityStore, 'deleteExpiredSessions'>; limits?: RateLimitStore }

/** Deletes every draft whose expiry has passed. Returns how many went. */
export async function purgeExpiredDrafts(repo: Repository, now: Date): Promise<number> {
  return repo.deleteExpiredDrafts(now)
}

/**
 * Purges now and then every `intervalMinutes`: expired drafts (DRAFT_TTL_DAYS after their last save),
 * expired hand-offs, and rate-limit buckets that are full again, so nothing that has run out stays on disk.
 * The timer does not keep the process alive. Returns a function that stops it. A failed purge is
 * logged and retried next time.
 *
 * @example const stop = startPurge({ repo, handoffs, limits, clock, intervalMinutes: 60, log })
 */
export function startPurge(options: PurgeTargets & { clock: () => Date; intervalMinutes: number; log?: (message: string) => void }): () => void {
  const log = options.log ?? ((m: string) => console.info(m))
  const jobs: { what: [string, string]; tag: string; run: (now: Date) => Promise<number> }[] = [
    { tag: 'drafts', what: ['expired draft', 'expired drafts'], run: (now) => purgeExpiredDrafts(options.repo, now) },
    ...(options.handoffs ? [{ tag: 'handoffs', what: ['expired hand-off', 'expired hand-offs'] as [string, string], run: (now: Date) => options.handoffs!.deleteExpired(now) }] : []),
    ...(options.sessions ? [{ tag: 'sessions', what: ['expired sign-in', 'expired sign-ins'] as [string, string], run: (now: Date) => options.sessions!.deleteExpiredSessions(now) }] : []),
    ...(options.limits ? [{ tag: 'limits', what: ['full rate-limit bucket', 'full rate-limit buckets'] as [string, string], run: (now: Date) => options.limits!.purge(now) }] : []),
  ]
  let running = false
  const run = async () => {
    if (running) return
    running = true
    for (const job of jobs) {
      try {
        const purged = await job.run(options.clock())
        if (purged > 0 && job.tag !== 'limits') log(`[${job.tag}] purged ${purged} ${job.what[purged === 1 ? 0 : 1]}`)
      } catch (err) {
        log(`[${job.tag}] purging ${job.what[1]} failed, will retry: ${(err as Error).message}`)
      }
    }
    running = false
  }
  void run()
  const timer = setInterval(run, options.intervalMinutes * 60_000)
  timer.unref()
  return () => clearInterval(timer)
}
