import { createRequire } from 'node:module'
import { Worker } from 'node:worker_threads'
import { createGroupCommit } from './group-commit.ts'
import { writerMain, type WriterData, type WriterReply, type WriterRequest } from './sqlite-worker.ts'
import { createSqliteWrites, type SqliteWrite, type SqliteWriteResult } from './sqlite-writes.ts'

/** Runs SQLite writes on the writer thread; each promise settles once its write is durable. */
export type SqliteWriter = {
  run<W extends SqliteWrite>(write: W): Promise<SqliteWriteResult[W['op']]>
  close(): Promise<void>
}

/**
 * The thread runs the already compiled source of its three functions. Loading the .ts files there
 * through tsx instead took seconds per start on a busy machine, and a restarted server could not save
 * until it finished. `__name` is the helper esbuild (tsx) inserts to keep function names.
 */
const source = `const __name = (f) => f;
(${writerMain})({ require, createGroupCommit: ${createGroupCommit}, createSqliteWrites: ${createSqliteWrites} })`
const betterSqlite3 = createRequire(import.meta.url).resolve('better-sqlite3')

/**
 * Starts the writer thread on `file` (already migrated). SQLITE_COMMIT_STATS=1 makes it print how many
 * writes each transaction carried, to check that group commit batches under load.
 *
 * @example const writer = startSqliteWriter('/data/drafts.sqlite'); await writer.run({ op: 'deleteDraft', tokenHash })
 */
export function startSqliteWriter(file: string): SqliteWriter {
  const workerData: WriterData = { file, betterSqlite3, stats: Boolean(process.env.SQLITE_COMMIT_STATS) }
  const worker = new Worker(source, { eval: true, workerData })
  worker.unref()
  const pending = new Map<number, { resolve: (v: never) => void; reject: (e: Error) => void }>()
  let nextId = 1
  let failure: Error | null = null
  const exited = new Promise<void>((resolve) => worker.once('exit', () => resolve()))

  let drained: (() => void) | null = null
  const failAll = (err: Error) => {
    failure ??= err
    for (const p of pending.values()) p.reject(failure)
    pending.clear()
    worker.unref()
  }
  worker.on('error', failAll)
  worker.once('exit', (code) => failAll(new Error(`The SQLite writer thread stopped (exit code ${code})`)))
  worker.on('message', (replies: WriterReply) => {
    for (const reply of replies) {
      const p = pending.get(reply.id)
      if (!p) continue
      pending.delete(reply.id)
      if ('error' in reply) p.reject(Object.assign(new Error(reply.error.message), { code: reply.error.code }))
      else p.resolve(reply.value as never)
    }
    // Held only while answers are awaited, so an idle writer never keeps the process alive.
    if (pending.size === 0) (worker.unref(), drained?.())
  })
  let outbox: WriterRequest = []
  const send = () => {
    worker.postMessage(outbox)
    outbox = []
  }

  return {
    run(write) {
      if (failure) return Promise.reject(failure)
      const id = nextId++
      if (pending.size === 0) worker.ref()
      // Writes of one event-loop turn travel together; setImmediate runs once this turn's I/O is handled.
      if (outbox.length === 0) setImmediate(send)
      outbox.push({ id, write })
      return new Promise((resolve, reject) => pending.set(id, { resolve, reject }))
    },
    async close() {
      // Every write answered is already on disk, so once none is awaited the thread can simply stop.
      if (pending.size > 0 && !failure) await new Promise<void>((resolve) => (drained = resolve))
      failure ??= new Error('The SQLite repository is closed')
      await worker.terminate()
      await exited
    },
  }
}
