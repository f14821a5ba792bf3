import { randomBytes } from 'node:crypto'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { readMail, startSmtpInbox } from '../../test/support/smtp-inbox.ts'
import { createCipher } from '../crypto/cipher.ts'
import { openSqliteStores, type Stores } from '../store/stores.ts'
import { deliverDue } from './deliver-outbox.ts'
import { smtpSender, type Notification } from './senders.ts'

/** A real SMTP server in this process: what arrived, and which recipients it refuses. */
const inbox = await startSmtpInbox()
const { arrived, refused, url } = inbox

const crypto = createCipher(randomBytes(32))
let dir = ''
let stores: Stores
let now = new Date('2026-12-07T01:00:00Z')
beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), 'outbox-mail-'))
  stores = openSqliteStores(path.join(dir, 'drafts.sqlite'))
})
afterAll(async () => {
  await stores.close()
  rmSync(dir, { recursive: true, force: true })
  await inbox.close()
})

let n = 0
async function enqueue(channel: 'email' | 'sms', message: Notification): Promise<string> {
  const id = `m${++n}`
  await stores.outbox.enqueue({ id, dedupeKey: `booking-confirmation:${id}`, kind: 'booking-confirmation', channel, messageSealed: crypto.seal(JSON.stringify(message)), nextAttemptAt: now, createdAt: now })
  return id
}

describe('delivering the notification outbox', () => {
  it('sends a due e-mail over SMTP and marks it sent; the mail arrives with its Chinese subject and text', async () => {
    const email = smtpSender({ url, from: '政务服务中心 <noreply@example.gov.cn>' })
    const id = await enqueue('email', { to: 'wang@example.cn', subject: '预约成功：企业开办专区 12月8日 10:00', text: '您的预约码是 K7M2-Q9PX，请在预约时段开始前 30 分钟内到大厅签到。' })
    expect(await deliverDue({ store: stores.outbox, crypto, senders: { email, sms: null }, clock: () => now })).toEqual({ sent: 1, failed: 0 })
    email.close()
    expect(arrived.at(-1)!.to).toEqual(['wang@example.cn'])
    expect(readMail(arrived.at(-1)!.raw)).toEqual({ subject: '预约成功：企业开办专区 12月8日 10:00', text: '您的预约码是 K7M2-Q9PX，请在预约时段开始前 30 分钟内到大厅签到。' })
    expect(await stores.outbox.find(id)).toMatchObject({ status: 'sent', attempts: 1, sentAt: now })
  })

  it('keeps a refused e-mail with the server\'s reply, tries again after 1, 5, 30 and 120 minutes, then marks it failed', async () => {
    refused.add('gone@example.cn')
    const email = smtpSender({ url, from: 'noreply@example.gov.cn' })
    const id = await enqueue('email', { to: 'gone@example.cn', subject: '预约提醒', text: '明天 10:00 请到企业开办专区办理。' })
    for (const wait of [1, 5, 30, 120]) {
      await deliverDue({ store: stores.outbox, crypto, senders: { email, sms: null }, clock: () => now })
      const m = await stores.outbox.find(id)
      expect(m).toMatchObject({ status: 'pending', nextAttemptAt: new Date(now.getTime() + wait * 60_000) })
      expect(m!.lastError).toContain('550')
      now = m!.nextAttemptAt
    }
    await deliverDue({ store: stores.outbox, crypto, senders: { email, sms: null }, clock: () => now })
    email.close()
    expect(await stores.outbox.find(id)).toMatchObject({ status: 'failed', attempts: 5 })
  })

  it('fails an SMS at once, saying no provider is configured, instead of pretending to send it', async () => {
    const id = await enqueue('sms', { to: '13812345678', subject: '', text: '【政务服务中心】您预约的企业开办专区 12月8日 10:00 即将开始。' })
    expect(await deliverDue({ store: stores.outbox, crypto, senders: { email: null, sms: null }, clock: () => now })).toEqual({ sent: 0, failed: 1 })
    expect(await stores.outbox.find(id)).toMatchObject({ status: 'failed', attempts: 1, lastError: 'no SMS provider is configured' })
  })
})
