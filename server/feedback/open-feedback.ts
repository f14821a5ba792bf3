import type { Hono } from 'hono'
import type { DraftDeps } from '../drafts/draft-deps.ts'
import type { SharedDeps } from '../http/shared-deps.ts'
import type { FeedbackRepository } from '../store/feedback-repository.ts'
import type { FeedbackDeps } from './feedback-deps.ts'
import { mountFeedbackApi } from './mount-feedback-api.ts'
import { loadCalendar } from './load-calendar.ts'
import { loadFeedbackSettings } from './settings.ts'

/**
 * Everything else the feedback API needs at start-up: its settings and the working-day calendar from
 * content/calendar/. Returns the mount.
 *
 * @example const feedback = await openFeedback({ settings, shared, feedback: stores.feedback, drafts, catalogue }); feedback.mount(app)
 */
export async function openFeedback(options: {
  settings: { contentDir: string }
  shared: SharedDeps
  feedback: FeedbackRepository
  drafts: DraftDeps
  catalogue: FeedbackDeps['catalogue']
  env?: Record<string, string | undefined>
  licences?: FeedbackDeps['licences']
}): Promise<{ mount: (app: Hono) => void; deps: FeedbackDeps }> {
  const settings = loadFeedbackSettings(options.env ?? process.env)
  const calendar = await loadCalendar(options.settings.contentDir)
  const deps: FeedbackDeps = { ...options.shared, feedback: options.feedback, drafts: options.drafts, catalogue: options.catalogue, calendar, settings, ...(options.licences ? { licences: options.licences } : {}) }
  return { mount: (app) => mountFeedbackApi(app, deps), deps }
}
