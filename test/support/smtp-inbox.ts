import type { AddressInfo } from 'node:net'
import { SMTPServer } from 'smtp-server'

/** A mail as it arrived: its envelope recipients and the raw message. */
export type ArrivedMail = { to: string[]; raw: string }

/**
 * A real SMTP server in this process (smtp-server), for tests that read what was sent: `arrived` in
 * order, `refused` the recipients it answers 550 for. Listens on a free port of 127.0.0.1.
 *
 * @example const inbox = await startSmtpInbox(); smtpSender({ url: inbox.url, from: 'noreply@example.gov.cn' })
 */
export async function startSmtpInbox(): Promise<{ url: string; arrived: ArrivedMail[]; refused: Set<string>; close: () => Promise<void> }> {
  const arrived: ArrivedMail[] = []
  const refused = new Set<string>()
  const smtp = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    onRcptTo(address, _session, done) {
      done(refused.has(address.address) ? Object.assign(new Error('550 mailbox unavailable'), { responseCode: 550 }) : undefined)
    },
    onData(stream, session, done) {
      let raw = ''
      stream.setEncoding('utf8')
      stream.on('data', (c: string) => (raw += c))
      stream.on('end', () => (arrived.push({ to: session.envelope.rcptTo.map((r) => r.address), raw }), done()))
    },
  })
  await new Promise<void>((resolve) => smtp.listen(0, '127.0.0.1', resolve))
  const url = `smtp://127.0.0.1:${(smtp.server.address() as AddressInfo).port}`
  return { url, arrived, refused, close: () => new Promise<void>((resolve) => smtp.close(() => resolve())) }
}

/** The subject and text of a received mail, MIME encodings undone, lines ending in \n. */
export function readMail(raw: string): { subject: string; text: string } {
  const [head, ...rest] = raw.split(/\r?\n\r?\n/)
  const unfolded = head!.replace(/\r?\n[ \t]+/g, ' ')
  const words = (s: string) => s.replace(/=\?utf-8\?([bq])\?([^?]*)\?=\s*/gi, (_, enc: string, data: string) =>
    enc.toLowerCase() === 'b' ? Buffer.from(data, 'base64').toString('utf8') : qp(data.replace(/_/g, ' ')))
  const qp = (s: string) => Buffer.from(s.replace(/=\r?\n/g, '').replace(/=([0-9A-F]{2})/gi, (_, h: string) => String.fromCharCode(parseInt(h, 16))), 'latin1').toString('utf8')
  const body = rest.join('\n\n')
  const encoding = /content-transfer-encoding: *(\S+)/i.exec(unfolded)?.[1]?.toLowerCase()
  const text = encoding === 'base64' ? Buffer.from(body.replace(/\s/g, ''), 'base64').toString('utf8') : encoding === 'quoted-printable' ? qp(body) : body
  return { subject: words(/^subject: (.*)$/im.exec(unfolded)?.[1] ?? ''), text: text.replace(/\r\n/g, '\n').trim() }
}
