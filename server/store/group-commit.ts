import type Database from 'better-sqlite3'

type Queued = { work: () => unknown; resolve: (value: unknown) => void; reject: (err: unknown) => void }

/**
 * Group commit for SQLite with `synchronous=FULL`: a commit costs one fsync (milliseconds on most
 * disks), so writes that arrive together run in one transaction and share it. Each caller's promise
 * settles only after that transaction is on disk, so an acknowledged save is a durable save. If the
 * batch fails, each write is retried alone, so one bad write never fails its neighbours.
 * `onBatch` hears each batch's size, to check that writes really share commits under load.
 * sqlite-database.ts makes one per process, shared by every store on the connection.
 */
export function createGroupCommit(db: Database.Database, onBatch?: (size: number) => void): <T>(work: () => T) => Promise<T> {
  let queue: Queued[] = []
  const flush = () => {
    const batch = queue
    queue = []
    onBatch?.(batch.length)
    try {
      const results = db.transaction(() => batch.map((q) => q.work()))()
      batch.forEach((q, i) => q.resolve(results[i]))
    } catch {
      for (const q of batch) {
        try {
          q.resolve(db.transaction(q.work)())
        } catch (err) {
          q.reject(err)
        }
      }
    }
  }
  return <T>(work: () => T) =>
    new Promise<T>((resolve, reject) => {
      // setImmediate runs after pending I/O callbacks, so requests that arrived meanwhile join this batch.
      if (queue.length === 0) setImmediate(flush)
      queue.push({ work, resolve: resolve as (value: unknown) => void, reject })
    })
}
