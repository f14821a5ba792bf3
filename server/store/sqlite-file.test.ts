import { randomUUID } from 'node:crypto'
import { closeSync, existsSync, mkdtempSync, openSync, readFileSync, rmSync, statSync, writeFileSync, writeSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { aDraft } from './repository.contract.ts'
import { StoreStartError } from './sqlite-file.ts'
import { openSqliteStores } from './stores.ts'

let dir = ''
afterEach(() => rmSync(dir, { recursive: true, force: true }))
const fresh = () => (dir = mkdtempSync(path.join(tmpdir(), 'data-dir-')))
const file = () => path.join(dir, 'drafts.sqlite')

/** Opens, stores a draft and closes, as a server that ran for a while would have. */
async function used(): Promise<void> {
  const stores = openSqliteStores(file())
  for (let i = 0; i < 300; i++) await stores.repo.insertDraft(aDraft({ id: randomUUID(), data: { filler: 'x'.repeat(400) } }))
  await stores.close()
}

function startError(): StoreStartError {
  try {
    openSqliteStores(file())
  } catch (e) {
    if (e instanceof StoreStartError) return e
    throw e
  }
  throw new Error('the store opened')
}

describe('opening the SQLite database of DATA_DIR', () => {
  it('creates a fresh database in an empty folder, private to the server, and marks the folder as used', async () => {
    fresh()
    const data = path.join(dir, 'data')
    const stores = openSqliteStores(path.join(data, 'drafts.sqlite'))
    await stores.close()
    expect(statSync(data).mode & 0o777).toBe(0o700)
    expect(statSync(path.join(data, 'drafts.sqlite')).mode & 0o777).toBe(0o600)
    expect(statSync(path.join(data, 'lobby-data.json')).mode & 0o777).toBe(0o600)
    expect(JSON.parse(readFileSync(path.join(data, 'lobby-data.json'), 'utf8')).note).toMatch(/drafts and applications database/)
  })

  it('refuses to start when the database is gone but the folder was used, naming the file and what to do', async () => {
    fresh()
    await used()
    rmSync(file())
    const error = startError()
    expect(error.message).toContain(`${file()} is missing, but ${dir} was used before (it holds lobby-data.json)`)
    expect(error.message).toContain('would give out application numbers that were already given out')
    expect(error.message).toContain('Restore drafts.sqlite (and its -wal file, if any) from your backup')
    expect(existsSync(file())).toBe(false)
  })

  it('refuses a 0-byte database in a used folder, and a lost database beside the development key', async () => {
    fresh()
    await used()
    writeFileSync(file(), '')
    expect(startError().message).toContain(`${file()} is empty, but ${dir} was used before`)
    rmSync(path.join(dir, 'lobby-data.json'))
    rmSync(file())
    writeFileSync(path.join(dir, 'dev-data-key'), 'key')
    expect(startError().message).toContain('(it holds dev-data-key)')
  })

  it('refuses a file that is not a database, naming it', () => {
    fresh()
    writeFileSync(file(), 'this is not a database, it is a shopping list'.repeat(200))
    const error = startError()
    expect(error.message).toMatch(new RegExp(`^${file().replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')} is damaged \\(file is not a database\\)`))
    expect(error.message).toContain('restore the file (with its -wal file) from your backup')
  })

  it('refuses a database whose middle pages are damaged, instead of starting "healthy" and failing later', async () => {
    fresh()
    await used()
    const size = statSync(file()).size
    const fd = openSync(file(), 'r+')
    writeSync(fd, Buffer.alloc(4096, 0xa5), 0, 4096, Math.floor(size / 2 / 4096) * 4096)
    closeSync(fd)
    const error = startError()
    expect(error.message).toMatch(/is damaged \((SQLite's quick check found: |database disk image is malformed)/)
  })

  it('opens a used database again as it was', async () => {
    fresh()
    await used()
    const stores = openSqliteStores(file())
    expect(await stores.repo.deleteExpiredDrafts(new Date('2100-01-01T00:00:00Z'))).toBe(300)
    await stores.close()
  })
})
