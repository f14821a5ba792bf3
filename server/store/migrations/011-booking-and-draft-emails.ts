import { bothDialects } from './dialect.ts'

/**
 * An optional e-mail address on bookings and drafts (issue 18, §6.3): a booking's confirmation and
 * reminder go to it, and a draft's expiry warning. Sealed like the other personal fields; NULL when
 * the citizen left none (or removed it).
 */
export const bookingAndDraftEmails = bothDialects(11, 'booking-and-draft-emails', () => `
    ALTER TABLE bookings ADD COLUMN email_sealed TEXT;
    ALTER TABLE drafts ADD COLUMN email_sealed TEXT;
  `)
