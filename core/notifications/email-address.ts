import { z } from 'zod'

/**
 * An e-mail address a citizen leaves for reminders (§6.3): trimmed, one @ with something on both
 * sides and a dot in the domain, at most 254 characters (the SMTP limit). Deliverability is the mail
 * server's to judge; this only catches typing slips, with a message saying what is expected.
 *
 * @example EmailAddress.parse(' wang@example.cn ') // 'wang@example.cn'
 */
export const EmailAddress = z
  .string()
  .trim()
  .max(254, 'at most 254 characters')
  .regex(/^[^\s@]+@[^\s@.]+(\.[^\s@.]+)+$/, 'give an e-mail address such as wang@example.cn')
