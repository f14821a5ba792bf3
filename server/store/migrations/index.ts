import { draftsAndApplications } from './001-drafts-and-applications.ts'
import { appendOnlyStatusHistory } from './002-append-only-status-history.ts'
import { feedbackAndAudit } from './003-feedback-and-audit.ts'
import { tokenRevocationAndRateLimits } from './004-token-revocation-and-rate-limits.ts'
import { handoffs } from './005-handoffs.ts'
import { bookingsAndQueueTickets } from './006-bookings-and-queue-tickets.ts'
import { applicationRevisionsAndNotices } from './007-application-revisions-and-notices.ts'
import { citizenSessionsAndOwnership } from './008-citizen-sessions-and-ownership.ts'
import { electronicLicences } from './009-electronic-licences.ts'
import { notificationOutbox } from './010-notification-outbox.ts'
import { bookingAndDraftEmails } from './011-booking-and-draft-emails.ts'
import type { Migration } from './migration.ts'

/** Every schema migration, oldest first. Add new ones at the end; never edit one that has shipped. */
export const migrations: readonly Migration[] = [draftsAndApplications, appendOnlyStatusHistory, feedbackAndAudit, tokenRevocationAndRateLimits, handoffs, bookingsAndQueueTickets, applicationRevisionsAndNotices, citizenSessionsAndOwnership, electronicLicences, notificationOutbox, bookingAndDraftEmails]
