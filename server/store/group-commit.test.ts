import Database from 'better-sqlite3'
import { describe, expect, it } from 'vitest'
import { createGroupCommit } from './group-commit.ts'

function counter() {
  const db = new Database(':memory:')
  db.exec('CREATE TABLE t (id INTEGER PRIMARY KEY, v TEXT NOT NULL UNIQUE)')
  let commits = 0
  const commit = createGroupCommit(db)
  const originalTransaction = db.transaction.bind(db)
  db.transaction = ((fn: (...a: unknown[]) => unknown) => {
    const tx = originalTransaction(fn)
    return Object.assign((...a: unknown[]) => (commits++, tx(...a)), tx)
  }) as typeof db.transaction
  return { db, commit, commits: () => commits }
}

describe('group commit', () => {
  it('runs writes that arrive together in one transaction and answers each', async () => {
    const { db, commit, commits } = counter()
    const insert = db.prepare('INSERT INTO t (v) VALUES (?) RETURNING id')
    const ids = await Promise.all(Array.from({ length: 50 }, (_, i) => commit(() => (insert.get(`v${i}`) as { id: number }).id)))
    expect(ids).toEqual(Array.from({ length: 50 }, (_, i) => i + 1))
    expect(commits()).toBe(1)
  })

  it('fails only the write that failed, not the others in its batch', async () => {
    const { db, commit } = counter()
    const insert = db.prepare('INSERT INTO t (v) VALUES (?)')
    const results = await Promise.allSettled([commit(() => insert.run('a')), commit(() => insert.run('a')), commit(() => insert.run('b'))])
    expect(results.map((r) => r.status)).toEqual(['fulfilled', 'rejected', 'fulfilled'])
    expect(db.prepare('SELECT v FROM t ORDER BY v').pluck().all()).toEqual(['a', 'b'])
  })
})
