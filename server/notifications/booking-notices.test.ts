import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { liveTestApp } from '../live/live-test-app.ts'

let t: Awaited<ReturnType<typeof liveTestApp>>
beforeEach(async () => (t = await liveTestApp({ sms: true })))
afterEach(async () => t.close())

const book = (extra: object = {}) =>
  t.send('POST', '/api/bookings', { zone: 'business-startup', date: '2026-10-08', slot: '09:30', name: '张小明', mobile: '13812345678', idLast4: '123X', ...extra })
/** The messages due at a moment, opened, as a delivery worker would claim (and then send) them. */
async function due(iso: string) {
  const claimed = await t.deps.outbox.claimDue(new Date(iso), 100)
  for (const m of claimed) await t.deps.outbox.recordAttempt(m.id, { sent: true, at: new Date(iso) })
  return claimed.map((m) => ({ kind: m.kind, channel: m.channel, ...(JSON.parse(t.deps.crypto.open(m.messageSealed)) as { to: string; text: string }) }))
}
const kinds = (messages: { kind: string; channel: string }[]) => messages.map((m) => `${m.kind} ${m.channel}`).sort()

describe('booking notices (§6.3)', () => {
  it('queues an SMS confirmation at once and a reminder at 09:00 the working day before, past the National Day holiday', async () => {
    const { body } = await book()
    const now = await due('2026-09-29T10:00:00+08:00')
    expect(now).toEqual([{ kind: 'booking-confirmation', channel: 'sms', to: '13812345678', subject: '', text: expect.stringContaining(`企业开办专区 2026-10-08 09:30，预约码 ${body.code}`) }])
    expect(await due('2026-09-30T08:59:00+08:00')).toEqual([])
    expect(await due('2026-09-30T09:00:00+08:00')).toEqual([expect.objectContaining({ kind: 'booking-reminder', to: '13812345678', text: expect.stringContaining('提醒') })])
  })

  it('withdraws the reminder of a cancelled booking', async () => {
    const { body } = await book()
    await t.send('DELETE', `/api/bookings/${body.code}`)
    expect((await due('2026-10-07T09:00:00+08:00')).map((m) => m.kind)).toEqual(['booking-confirmation'])
  })

  it('moves the reminder with a moved booking, and confirms the new time', async () => {
    const { body } = await book()
    await t.send('POST', `/api/bookings/${body.code}/move`, { date: '2026-10-09', slot: '10:00' })
    const all = await due('2026-10-09T00:00:00+08:00')
    expect(all.map((m) => m.kind).sort()).toEqual(['booking-confirmation', 'booking-confirmation', 'booking-reminder'])
    expect(all.find((m) => m.kind === 'booking-reminder')!.text).toContain('2026-10-09 10:00')
  })

  it('e-mails the confirmation and the reminder, in Chinese and English, to an address given with the booking', async () => {
    const { body } = await book({ email: 'wang@example.cn' })
    expect(body.email).toBe('w***@example.cn')
    const now = await due('2026-09-29T10:00:00+08:00')
    expect(kinds(now)).toEqual(['booking-confirmation email', 'booking-confirmation sms'])
    expect(now.find((m) => m.channel === 'email')).toEqual({
      kind: 'booking-confirmation', channel: 'email', to: 'wang@example.cn',
      subject: '预约成功：企业开办专区 2026-10-08 09:30 / Booking confirmed: Business start-up area, 2026-10-08 09:30',
      text: expect.stringMatching(new RegExp(`^江川市政务服务中心：您已预约企业开办专区 2026-10-08 09:30，预约码 ${body.code}。[^]*\\n\\nJiangchuan City Administrative Service Centre: You have booked Business start-up area, 2026-10-08 09:30; booking code ${body.code}\\.`)),
    })
    expect(kinds(await due('2026-09-30T09:00:00+08:00'))).toEqual(['booking-reminder email', 'booking-reminder sms'])
  })

  it('refuses an e-mail address that cannot be one, saying what is expected', async () => {
    const { status, body } = await book({ email: 'wang at example' })
    expect(status).toBe(422)
    expect(body.error.details).toEqual([{ pointer: '/email', message: 'give an e-mail address such as wang@example.cn' }])
  })

  it('withdraws the e-mailed reminder of a cancelled booking too', async () => {
    const { body } = await book({ email: 'wang@example.cn' })
    await t.send('DELETE', `/api/bookings/${body.code}`)
    expect(kinds(await due('2026-10-07T09:00:00+08:00'))).toEqual(['booking-confirmation email', 'booking-confirmation sms'])
  })
})

describe('booking notices without an SMS provider', () => {
  it('queues nothing by SMS, and only e-mail where an address was given', async () => {
    await t.close()
    t = await liveTestApp()
    await book()
    await book({ mobile: '13912345678', email: 'li@example.cn' })
    expect(kinds(await due('2026-10-07T09:00:00+08:00'))).toEqual(['booking-confirmation email', 'booking-reminder email'])
  })
})
