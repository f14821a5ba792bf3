import type { Hono } from 'hono'
import type { DraftDeps } from '../drafts/draft-deps.ts'
import { openFeedbackRepository } from '../store/open-feedback-repository.ts'
import type { FeedbackDeps } from './feedback-deps.ts'
import { mountFeedbackApi } from './mount-feedback-api.ts'
import { loadCalendar } from './load-calendar.ts'
import { loadFeedbackSettings } from './settings.ts'

/**
 * Everything the feedback API needs at start-up: its settings, the working-day calendar from
 * content/calendar/, and its repository in the drafts' database. Returns the mount and the close.
 *
 * @example const feedback = await openFeedback({ settings, drafts, catalogue }); feedback.mount(app)
 */
export async function openFeedback(options: {
  settings: { databaseUrl?: string | undefined; dataDir: string; contentDir: string }
  drafts: DraftDeps
  catalogue: FeedbackDeps['catalogue']
  env?: Record<string, string | undefined>
}): Promise<{ mount: (app: Hono) => void; close: () => Promise<void>; deps: FeedbackDeps }> {
  const settings = loadFeedbackSettings(options.env ?? process.env)
  const calendar = await loadCalendar(options.settings.contentDir)
  const feedback = await openFeedbackRepository(options.settings)
  const deps: FeedbackDeps = { feedback, drafts: options.drafts, catalogue: options.catalogue, calendar, settings }
  return { mount: (app) => mountFeedbackApi(app, deps), close: () => feedback.close(), deps }
}
