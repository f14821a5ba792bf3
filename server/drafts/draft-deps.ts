import type { Context } from 'hono'
import { getConnInfo } from '@hono/node-server/conninfo'
import type { Catalogue } from '../../core/content/catalogue.ts'
import type { FormDefinition } from '../../core/content/form.ts'
import { ApiError } from '../http/api-error.ts'
import type { PersonalDataCipher } from '../crypto/cipher.ts'
import type { Repository } from '../store/repository.ts'
import type { DraftSettings } from '../store/settings.ts'

/** What the draft and application routes need from the outside world, passed in so tests can set it. */
export type DraftDeps = {
  repo: Repository
  /** The catalogue, or a function returning the current one when content reloads. */
  catalogue: Pick<Catalogue, 'forms'> | (() => Pick<Catalogue, 'forms'>)
  settings: Pick<DraftSettings, 'draftTtlDays' | 'lookupRatePerMinute' | 'draftMaxBytes'>
  clock: () => Date
  crypto: PersonalDataCipher
  /** Where citizens reach the site (https://…), for resume links behind a proxy; the request's origin by default. */
  publicOrigin?: string
  /** Who is asking, for rate limits; the socket's address by default. */
  clientKey?: (c: Context) => string
}

export function findForm(deps: DraftDeps, formId: string): FormDefinition {
  const catalogue = typeof deps.catalogue === 'function' ? deps.catalogue() : deps.catalogue
  const form = catalogue.forms.find((f) => f.id === formId)
  if (!form) throw new ApiError(404, 'form_not_found', `No online form has the id "${formId}".`)
  return form
}

export function expiryFrom(deps: DraftDeps, now: Date): Date {
  return new Date(now.getTime() + deps.settings.draftTtlDays * 86_400_000)
}

/** The client's IP address as the socket reports it; requests made in memory (tests) share one key. */
export function socketAddress(c: Context): string {
  try {
    return getConnInfo(c).remote.address ?? 'unknown'
  } catch {
    return 'unknown'
  }
}
