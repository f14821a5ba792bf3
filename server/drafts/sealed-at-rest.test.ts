import { randomBytes } from 'node:crypto'
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { Hono } from 'hono'
import pg from 'pg'
import { afterAll, describe, expect, it } from 'vitest'
import type { FormDefinition } from '../../core/content/form.ts'
import { foodLicenceForm, validFoodLicenceData } from '../../core/forms/test-form.ts'
import { createTestSchema, testDatabaseUrl } from '../../test/support/postgres.ts'
import { loadContentOrExplain } from '../content/load-content.ts'
import { createCipher } from '../crypto/cipher.ts'
import { onError } from '../http/on-error.ts'
import { memoryRateLimits } from '../http/rate-limit.ts'
import { repoRoot } from '../settings.ts'
import type { Repository } from '../store/repository.ts'
import { openPostgresStores, openSqliteStores } from '../store/stores.ts'
import type { DraftDeps } from './draft-deps.ts'
import { mountDraftApi } from './mount-draft-api.ts'

const company = (await loadContentOrExplain(repoRoot)).forms.find((f) => f.id === 'company-establishment')!

/** Every personal value below, by the type of its field; none may appear in the database as written. */
const personal = {
  names: ['王大锤', '赵晓燕', '钱多多', '孙悟净', '张小明', '李红'],
  idNumbers: ['11010519491231002X', '330102199003071230'],
  phones: ['13812345678', '13987654321'],
  addresses: ['江川市新城区幸福路 12 号 3 单元', '江川市新城区市民大道 88 号 1 楼'],
  freeText: ['餐饮服务；食品销售（仅限预包装食品）；私家菜谱研发'],
}

const companyDraft = {
  'company-name': '江川市好运来商贸有限公司',
  'registered-address': '江川市新城区幸福路 12 号 3 单元',
  'business-scope': '餐饮服务；食品销售（仅限预包装食品）；私家菜谱研发',
  'legal-rep-name': '王大锤',
  'legal-rep-mobile': '13987654321',
  shareholders: [{ 'shareholder-type': 'natural-person', 'shareholder-name': '赵晓燕' }, { 'shareholder-type': 'natural-person', 'shareholder-name': '钱多多' }],
  'liaison-name': '孙悟净',
}

type Store = { repo: Repository; rawText: () => Promise<string> }

/** Creates drafts of both forms and submits one, through the API, then returns all the database holds as text. */
async function storeAndDump(store: Store): Promise<string> {
  const forms: FormDefinition[] = [foodLicenceForm(), company]
  const deps: DraftDeps = {
    repo: store.repo, catalogue: { forms, matters: [] }, clock: () => new Date('2026-11-25T02:00:00Z'), crypto: createCipher(randomBytes(32)),
    settings: { draftTtlDays: 30, lookupRatePerMinute: 10, createRatePerMinute: 20, saveRatePerMinute: 240, draftMaxBytes: 256 * 1024, publicOrigin: 'https://lobby.example.gov.cn' },
    limits: { store: memoryRateLimits(), clientOf: () => '203.0.113.7' },
  }
  const app = new Hono()
  app.onError(onError)
  mountDraftApi(app, deps)
  const send = (method: string, url: string, body: unknown) => app.request(url, { method, headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) })
  const draft = await send('POST', '/api/drafts', { formId: 'company-establishment', data: companyDraft })
  expect(draft.status).toBe(201)
  const food = { ...validFoodLicenceData(), address: '江川市新城区市民大道 88 号 1 楼' }
  const created = (await (await send('POST', '/api/drafts', { formId: 'food-business-licence', data: food })).json()) as { token: string }
  expect((await send('POST', `/api/drafts/${created.token}/submit`, {})).status).toBe(201)
  return store.rawText()
}

function expectSealed(raw: string): void {
  // The dump is readable: what is not personal is there in the clear.
  expect(raw).toContain('江川市好运来商贸有限公司')
  expect(raw).toContain('江川市新城区好味道餐饮店')
  for (const value of Object.values(personal).flat()) expect(raw, value).not.toContain(value)
}

describe('personal fields are sealed at rest, by type, on every store', () => {
  const cleanups: (() => Promise<void>)[] = []
  afterAll(async () => {
    for (const c of cleanups) await c()
  })

  it('SQLite: the database files hold no name, ID number, phone, address or free text in the clear', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'sealed-'))
    const stores = openSqliteStores(path.join(dir, 'drafts.sqlite'))
    const { repo } = stores
    const rawText = async () => readdirSync(dir).map((f) => readFileSync(path.join(dir, f)).toString('utf8')).join('\n')
    cleanups.push(async () => rmSync(dir, { recursive: true, force: true }))
    const raw = await storeAndDump({ repo, rawText })
    expectSealed(raw)
    await stores.close()
    expectSealed(readdirSync(dir).map((f) => readFileSync(path.join(dir, f)).toString('utf8')).join('\n'))
  })

  it('PostgreSQL: no row holds a name, ID number, phone, address or free text in the clear', async () => {
    const url = await testDatabaseUrl()
    const { schema, drop } = await createTestSchema(url)
    const stores = await openPostgresStores({ connectionString: url, schema })
    const { repo } = stores
    cleanups.push(async () => (await stores.close(), await drop()))
    const rawText = async () => {
      const client = new pg.Client({ connectionString: url })
      await client.connect()
      try {
        const tables = ['drafts', 'applications', 'application_status', 'audit_log']
        const rows = await Promise.all(tables.map(async (t) => (await client.query(`SELECT t::text AS row FROM ${schema}.${t} t`)).rows.map((r) => r.row as string)))
        return rows.flat().join('\n')
      } finally {
        await client.end()
      }
    }
    expectSealed(await storeAndDump({ repo, rawText }))
  })
})
