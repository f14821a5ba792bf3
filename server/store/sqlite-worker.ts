import Database from 'better-sqlite3'
import { parentPort, workerData } from 'node:worker_threads'
import { createGroupCommit } from './group-commit.ts'
import { createSqliteWrites, type SqliteWrite } from './sqlite-writes.ts'

/**
 * The SQLite writer thread (started by sqlite-writer.ts). It owns the only writing connection, so a
 * commit's fsync blocks this thread and never the HTTP event loop. Writes that arrive while a commit
 * is on its way to disk queue up on the port and share the next transaction; each is answered only
 * after that transaction is durable.
 */
export type WriterRequest = { id: number; write: SqliteWrite }
export type WriterReply = { id: number; value: unknown } | { id: number; error: { message: string; code?: string } }

const port = parentPort!
const { file, stats } = workerData as { file: string; stats: boolean }
const db = new Database(file)
db.pragma('journal_mode = WAL')
db.pragma('synchronous = FULL')
db.pragma('foreign_keys = ON')
db.pragma('busy_timeout = 5000')
const tally = { writes: 0, batches: 0, largest: 0 }
const commit = createGroupCommit(db, stats ? (size) => ((tally.writes += size), tally.batches++, (tally.largest = Math.max(tally.largest, size))) : undefined)
const run = createSqliteWrites(db)

port.on('message', (request: WriterRequest) => {
  commit(() => run(request.write)).then(
    (value) => port.postMessage({ id: request.id, value } satisfies WriterReply),
    (err: Error & { code?: string }) => port.postMessage({ id: request.id, error: { message: err.message, code: err.code } } satisfies WriterReply),
  )
})

function report(): void {
  const mean = tally.batches ? (tally.writes / tally.batches).toFixed(1) : '0'
  console.error(`sqlite group commit: ${tally.writes} writes in ${tally.batches} transactions (mean ${mean}, largest ${tally.largest})`)
}
if (stats) setInterval(report, 1000).unref()
