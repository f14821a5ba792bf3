import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { remindersTestApp } from '../notifications/reminders-test-app.ts'
import { remindersContract } from './reminders.contract.ts'

remindersContract('SQLite', async () => {
  const app = await remindersTestApp()
  const dir = path.dirname(app.file)
  return { app, rawText: async () => readdirSync(dir).map((f) => readFileSync(path.join(dir, f)).toString('utf8')).join('\n') }
})
