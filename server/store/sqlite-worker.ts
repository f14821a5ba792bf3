import type Database from 'better-sqlite3'
import type { createGroupCommit } from './group-commit.ts'
import type { createSqliteWrites, SqliteWrite } from './sqlite-writes.ts'

/** Messages carry every write (or answer) of one event-loop turn: a postMessage costs more than the write. */
export type WriterRequest = { id: number; write: SqliteWrite }[]
export type WriterReply = ({ id: number; value: unknown } | { id: number; error: { message: string; code?: string } })[]
export type WriterData = { file: string; betterSqlite3: string; stats: boolean }

type Parts = {
  require: NodeJS.Require
  createGroupCommit: typeof createGroupCommit
  createSqliteWrites: typeof createSqliteWrites
}

/**
 * The SQLite writer thread's main (started by sqlite-writer.ts). It owns the only writing connection,
 * so a commit's fsync blocks this thread and never the HTTP event loop. Writes that arrive while a
 * commit is on its way to disk queue up on the port and share the next transaction; each is answered
 * only after that transaction is durable. The thread runs this function from its source text, so it
 * uses only what it is handed.
 */
export function writerMain({ require, createGroupCommit, createSqliteWrites }: Parts): void {
  const { parentPort, workerData } = require('node:worker_threads') as typeof import('node:worker_threads')
  const { file, betterSqlite3, stats } = workerData as WriterData
  const BetterSqlite3 = require(betterSqlite3) as typeof Database
  const db = new BetterSqlite3(file)
  db.pragma('journal_mode = WAL')
  db.pragma('synchronous = FULL')
  db.pragma('foreign_keys = ON')
  db.pragma('busy_timeout = 5000')
  const tally = { writes: 0, batches: 0, largest: 0, reported: 0 }
  const onBatch = (size: number) => ((tally.writes += size), tally.batches++, (tally.largest = Math.max(tally.largest, size)))
  const commit = createGroupCommit(db, stats ? onBatch : undefined)
  const run = createSqliteWrites(db)
  let replies: WriterReply = []
  const reply = (answer: WriterReply[number]) => {
    // The batch's answers all settle in one microtask run; the first schedules one message for them all.
    if (replies.length === 0) queueMicrotask(() => (parentPort!.postMessage(replies), (replies = [])))
    replies.push(answer)
  }
  parentPort!.on('message', (requests: WriterRequest) => {
    for (const { id, write } of requests) {
      commit(() => run(write)).then(
        (value) => reply({ id, value }),
        (err: Error & { code?: string }) => reply({ id, error: { message: err.message, code: err.code } }),
      )
    }
  })
  if (!stats) return
  const report = () => {
    if (tally.writes === tally.reported) return
    tally.reported = tally.writes
    const mean = (tally.writes / tally.batches).toFixed(1)
    console.error(`sqlite group commit: ${tally.writes} writes in ${tally.batches} transactions (mean ${mean}, largest ${tally.largest})`)
  }
  setInterval(report, 1000).unref()
}
