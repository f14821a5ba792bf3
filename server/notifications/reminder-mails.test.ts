import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest'
import { validFoodLicenceData } from '../../core/forms/test-form.ts'
import { readMail, startSmtpInbox } from '../../test/support/smtp-inbox.ts'
import { deliverDue } from './deliver-outbox.ts'
import { remindersTestApp, testOrigin } from './reminders-test-app.ts'
import { smtpSender } from './senders.ts'

const inbox = await startSmtpInbox()
afterAll(() => inbox.close())

let t: Awaited<ReturnType<typeof remindersTestApp>>
beforeEach(async () => (t = await remindersTestApp()))
afterEach(async () => t.close())

/** Runs the delivery worker once at `iso` against the in-process SMTP server; returns the mails that arrived, read. */
async function deliverAt(iso: string) {
  const before = inbox.arrived.length
  t.state.now = new Date(iso)
  const email = smtpSender({ url: inbox.url, from: '江川市政务服务中心 <noreply@example.gov.cn>' })
  await deliverDue({ store: t.stores.outbox, crypto: t.deps.crypto, senders: { email, sms: null }, clock: () => t.state.now })
  email.close()
  return inbox.arrived.slice(before).map((m) => ({ to: m.to, ...readMail(m.raw) }))
}

describe('reminder e-mails as they arrive (§6.3)', () => {
  it('a booking\'s confirmation arrives at once, and its reminder at 09:00 the working day before, in Chinese and English', async () => {
    const { body } = await t.send('POST', '/api/bookings', { zone: 'business-startup', date: '2026-10-08', slot: '09:30', name: '张小明', mobile: '13812345678', idLast4: '123X', email: 'zhang@example.cn' })
    const [confirmation, ...others] = await deliverAt('2026-09-29T10:00:00+08:00')
    expect(others).toEqual([])
    expect(confirmation!.to).toEqual(['zhang@example.cn'])
    expect(confirmation!.subject).toBe('预约成功：企业开办专区 2026-10-08 09:30 / Booking confirmed: Business start-up area, 2026-10-08 09:30')
    expect(confirmation!.text).toContain(`江川市政务服务中心：您已预约企业开办专区 2026-10-08 09:30，预约码 ${body.code}。`)
    expect(confirmation!.text).toContain(`Jiangchuan City Administrative Service Centre: You have booked Business start-up area, 2026-10-08 09:30; booking code ${body.code}.`)
    expect(await deliverAt('2026-09-30T08:59:00+08:00')).toEqual([])
    const [reminder] = await deliverAt('2026-09-30T09:00:00+08:00')
    expect(reminder!.subject).toBe('预约提醒：企业开办专区 2026-10-08 09:30 / Reminder: Business start-up area, 2026-10-08 09:30')
  })

  it('a draft\'s expiry warning arrives once, 7 days before, with the link that resumes it carrying the token only after #', async () => {
    const { body } = await t.draft('POST', '/api/drafts', { formId: 'food-business-licence', data: validFoodLicenceData() })
    await t.draft('PUT', '/api/drafts/reminder', { token: body.token, email: 'wang@example.cn' })
    expect(await deliverAt('2026-10-22T09:59:00+08:00')).toEqual([])
    const [warning, ...others] = await deliverAt('2026-10-22T10:00:00+08:00')
    expect(others).toEqual([])
    expect(warning!.to).toEqual(['wang@example.cn'])
    expect(warning!.subject).toBe('您的“食品经营许可申请书”草稿将于 2026-10-29 删除 / Your draft of “Food business licence application” will be deleted on 2026-10-29')
    const link = `${testOrigin}/resume#${body.token}`
    expect(warning!.text).toContain(`江川市政务服务中心：您在网上办事大厅保存的“食品经营许可申请书”草稿将于 2026-10-29 到期删除。\n请在此之前继续填写并提交：\n${link}\n`)
    expect(warning!.text).toContain(`The draft of “Food business licence application” you saved in the online service hall will be deleted on 2026-10-29.\nContinue and submit it before then:\n${link}\n`)
    expect(warning!.text).not.toContain(`/resume/${body.token}`)
    expect(await deliverAt('2026-10-28T10:00:00+08:00')).toEqual([])
  })
})
