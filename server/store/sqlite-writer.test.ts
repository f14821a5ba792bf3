import Database from 'better-sqlite3'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { aDraft } from './repository.contract.ts'
import { migrateSqlite } from './sqlite.ts'
import { startSqliteWriter } from './sqlite-writer.ts'

let dir = ''
afterEach(() => rmSync(dir, { recursive: true, force: true }))

function migratedFile(): string {
  dir = mkdtempSync(path.join(tmpdir(), 'sqlite-writer-'))
  const file = path.join(dir, 'drafts.sqlite')
  const db = new Database(file)
  db.pragma('journal_mode = WAL')
  migrateSqlite(db)
  db.close()
  return file
}

const row = (d: ReturnType<typeof aDraft>) => ({ ...d, data: JSON.stringify(d.data), expiresAt: +d.expiresAt, createdAt: +d.createdAt, updatedAt: +d.updatedAt })

describe('the SQLite writer thread', () => {
  it('acknowledges a save only once another connection can read it', async () => {
    const file = migratedFile()
    const writer = startSqliteWriter(file)
    const drafts = Array.from({ length: 50 }, () => aDraft())
    const answers = await Promise.all(drafts.map((d) => writer.run({ op: 'insertDraft', row: row(d) })))
    const reader = new Database(file, { readonly: true })
    expect(answers).toEqual(drafts.map(() => 'ok'))
    expect(reader.prepare('SELECT count(*) FROM drafts').pluck().get()).toBe(50)
    reader.close()
    await writer.close()
  })

  it('fails only the write that failed, with its SQLite error code, and keeps its neighbours', async () => {
    const file = migratedFile()
    const writer = startSqliteWriter(file)
    const first = aDraft()
    const sameId = aDraft({ id: first.id })
    const other = aDraft()
    const results = await Promise.allSettled([first, sameId, other].map((d) => writer.run({ op: 'insertDraft', row: row(d) })))
    expect(results.map((r) => r.status)).toEqual(['fulfilled', 'rejected', 'fulfilled'])
    expect((results[1] as PromiseRejectedResult).reason).toMatchObject({ code: 'SQLITE_CONSTRAINT_PRIMARYKEY' })
    await writer.close()
  })

  it('finishes writes already sent before it closes, then refuses new ones', async () => {
    const file = migratedFile()
    const writer = startSqliteWriter(file)
    const pending = writer.run({ op: 'nextSequence', year: 2026 })
    await writer.close()
    expect(await pending).toBe(1)
    await expect(writer.run({ op: 'nextSequence', year: 2026 })).rejects.toThrow(/closed/)
  })
})
