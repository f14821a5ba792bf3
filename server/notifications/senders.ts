import nodemailer from 'nodemailer'

/** A message as the outbox keeps it (sealed): who to, what about, what it says. */
export type Notification = { to: string; subject: string; text: string }

/** Sends one message on one channel; throws with the transport's words when it cannot. */
export type Sender = { send(message: Notification): Promise<void> }

/**
 * E-mail over SMTP (nodemailer): `url` as smtp://user:pass@host:587 or smtps://…, `from` the sender
 * address citizens see.
 *
 * @example const email = smtpSender({ url: 'smtp://127.0.0.1:2525', from: '政务服务中心 <noreply@example.gov.cn>' })
 */
export function smtpSender(options: { url: string; from: string }): Sender & { close(): void } {
  const transport = nodemailer.createTransport(options.url)
  return {
    async send(m) {
      await transport.sendMail({ from: options.from, to: m.to, subject: m.subject, text: m.text })
    },
    close: () => transport.close(),
  }
}

/**
 * SMS goes through a provider the operator plugs in (a government SMS gateway, a cloud SMS service):
 * an object with `send({ to, text })` that resolves once the provider has accepted the message and
 * throws otherwise. None is configured by default, and then SMS messages are marked failed with
 * "no SMS provider is configured" — nothing pretends to send them.
 */
export type SmsProvider = Sender
