import { randomBytes } from 'node:crypto'
import type { Context } from 'hono'
import type { Catalogue } from '../../core/content/catalogue.ts'
import type { WorkingCalendar } from '../../core/calendar/working-days.ts'
import type { DraftDeps } from '../drafts/draft-deps.ts'
import type { LicenceDeps } from '../licences/licence-service.ts'
import { limiterFor } from '../http/rate-limit.ts'
import type { SharedDeps } from '../http/shared-deps.ts'
import { ApiError } from '../http/api-error.ts'
import type { FeedbackRepository } from '../store/feedback-repository.ts'
import type { FeedbackSettings } from './settings.ts'

type FeedbackCatalogue = Pick<Catalogue, 'matters' | 'scenes' | 'departments'>

/** What the feedback, ticket, staff and analytics routes need, passed in so tests can set it. */
export type FeedbackDeps = SharedDeps & {
  feedback: FeedbackRepository
  /** The drafts service, for the applications citizens rate and staff move on. */
  drafts: DraftDeps
  catalogue: FeedbackCatalogue | (() => FeedbackCatalogue)
  calendar: WorkingCalendar
  settings: FeedbackSettings
  /** Electronic licences issued at 办结 (issue 19); without them, finishing an application issues none. */
  licences?: LicenceDeps
  /** Random bytes for case numbers and passwords; node's CSPRNG by default. */
  random?: (n: number) => Uint8Array
}

export const clock = (deps: FeedbackDeps) => deps.clock()
export const random = (deps: FeedbackDeps, n: number) => (deps.random ?? randomBytes)(n)
export const catalogueOf = (deps: Pick<FeedbackDeps, 'catalogue'>): FeedbackCatalogue => (typeof deps.catalogue === 'function' ? deps.catalogue() : deps.catalogue)

export function findMatter(deps: FeedbackDeps, id: string) {
  const matter = catalogueOf(deps).matters.find((m) => m.id === id)
  if (!matter) throw new ApiError(404, 'matter_not_found', `No matter has the id "${id}".`)
  return matter
}

/** A per-client limit (FEEDBACK_RATE_PER_MINUTE) for one kind of public request; throws 429 with Retry-After when exceeded. */
export function publicLimit(deps: FeedbackDeps, bucket: string): (c: Context) => Promise<void> {
  return limiterFor(deps.limits, deps.clock)(bucket, deps.settings.feedbackRatePerMinute)
}
