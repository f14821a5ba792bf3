import pg from 'pg'
import { createTestSchema, testDatabaseUrl } from '../../test/support/postgres.ts'
import { remindersTestApp } from '../notifications/reminders-test-app.ts'
import { remindersContract } from './reminders.contract.ts'

remindersContract('PostgreSQL', async () => {
  const url = await testDatabaseUrl()
  const { schema, drop } = await createTestSchema(url)
  const app = await remindersTestApp({ databaseUrl: url, schema })
  const close = app.close
  const rawText = async () => {
    const client = new pg.Client({ connectionString: url })
    await client.connect()
    try {
      const tables = ['bookings', 'drafts', 'notification_outbox']
      return (await Promise.all(tables.map(async (t) => (await client.query(`SELECT t::text AS row FROM ${schema}.${t} t`)).rows.map((r) => r.row as string)))).flat().join('\n')
    } finally {
      await client.end()
    }
  }
  return { app: { ...app, close: async () => (await close(), await drop()) }, rawText }
})
