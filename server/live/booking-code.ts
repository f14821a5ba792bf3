import { randomInt } from 'node:crypto'

/** Letters and digits that cannot be mistaken for one another when read aloud or typed (no 0/O, 1/I/L). */
const alphabet = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789'

/** A booking code: 8 characters, about 40 bits, typed at the kiosk or held in the QR code. */
export function newBookingCode(): string {
  return Array.from({ length: 8 }, () => alphabet[randomInt(alphabet.length)]).join('')
}

/** A code as typed or scanned: spaces and dashes dropped, upper case; the QR's URL (…/queue?code=XXXX) gives its code. */
export function normaliseBookingCode(input: string): string {
  const fromUrl = /[?&]code=([A-Za-z0-9-]+)/.exec(input)
  return (fromUrl ? fromUrl[1]! : input).replace(/[\s-]/g, '').toUpperCase()
}

export const bookingCodePattern = /^[ABCDEFGHJKMNPQRSTUVWXYZ23456789]{8}$/
