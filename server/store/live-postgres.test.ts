import { describe, expect, it } from 'vitest'
import { createTestSchema, testDatabaseUrl } from '../../test/support/postgres.ts'
import { bookingFor, liveStoreContract, newTicket } from './live-store.contract.ts'
import { openPostgresStores } from './stores.ts'

liveStoreContract('PostgreSQL', async () => {
  const url = await testDatabaseUrl()
  const { schema, drop } = await createTestSchema(url)
  const stores = await openPostgresStores({ connectionString: url, schema })
  return { store: stores.live, cleanup: async () => (await stores.close(), await drop()) }
})

describe('two server instances on one PostgreSQL', () => {
  it('never exceed a slot\'s capacity, refuse the rest as full, and never give out a ticket number twice', async () => {
    const url = await testDatabaseUrl()
    const { schema, drop } = await createTestSchema(url)
    const [one, two] = await Promise.all([openPostgresStores({ connectionString: url, schema }), openPostgresStores({ connectionString: url, schema })])
    try {
      const results = await Promise.all(Array.from({ length: 200 }, (_, i) => (i % 2 ? one : two).live.book(bookingFor(`p${i}`), 37)))
      expect(results.filter((r) => r === 'ok')).toHaveLength(37)
      expect(results.filter((r) => r === 'full')).toHaveLength(163)
      expect(await two.live.slotCounts('business-startup', '2026-10-08')).toEqual({ '09:00': 37 })
      const tickets = await Promise.all(Array.from({ length: 60 }, (_, i) => (i % 2 ? one : two).live.issueTicket(newTicket('walk-in', '09:00'))))
      const numbers = new Set(tickets.map((t) => t.number))
      expect(numbers.size).toBe(60)
      expect(numbers.has('A001') && numbers.has('A060')).toBe(true)
    } finally {
      await Promise.all([one.close(), two.close()])
      await drop()
    }
  }, 30_000)
})
