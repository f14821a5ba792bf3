import type { Catalogue } from '../../core/content/catalogue.ts'
import type { FormDefinition } from '../../core/content/form.ts'
import { ApiError } from '../http/api-error.ts'
import type { SharedDeps } from '../http/shared-deps.ts'
import type { DraftReminders } from '../notifications/draft-notices.ts'
import type { Repository, StoredApplication } from '../store/repository.ts'
import type { Settings } from '../settings.ts'

export type DraftSettings = Pick<Settings, 'draftTtlDays' | 'lookupRatePerMinute' | 'createRatePerMinute' | 'saveRatePerMinute' | 'draftMaxBytes' | 'publicOrigin'>

/** The forms, and the matters whose online rules (the trust level to submit) apply to them. */
export type DraftCatalogue = Pick<Catalogue, 'forms' | 'matters'>

/** What the draft and application routes need from the outside world, passed in so tests can set it. */
export type DraftDeps = SharedDeps & {
  repo: Repository
  /** The catalogue, or a function returning the current one when content reloads. */
  catalogue: DraftCatalogue | (() => DraftCatalogue)
  settings: DraftSettings
  /** Makes drafts (by token) a signed-in citizen's; without it, drafts stay anonymous. */
  adopt?: (citizen: string, tokens: string[]) => Promise<unknown>
  /** A citizen's own applications, newest first: what prefills their next form. Without it, only the identity does. */
  owned?: (citizen: string) => Promise<StoredApplication[]>
  /** E-mailed expiry warnings (save and return, §6.3); without it, PUT /api/drafts/reminder is not mounted. */
  reminders?: DraftReminders
}

export function findForm(deps: DraftDeps, formId: string): FormDefinition {
  const form = draftCatalogue(deps).forms.find((f) => f.id === formId)
  if (!form) throw new ApiError(404, 'form_not_found', `No online form has the id "${formId}".`)
  return form
}

/** The catalogue as it is now (content may have reloaded). */
export function draftCatalogue(deps: Pick<DraftDeps, 'catalogue'>): DraftCatalogue {
  return typeof deps.catalogue === 'function' ? deps.catalogue() : deps.catalogue
}

export function expiryFrom(deps: DraftDeps, now: Date): Date {
  return new Date(now.getTime() + deps.settings.draftTtlDays * 86_400_000)
}
