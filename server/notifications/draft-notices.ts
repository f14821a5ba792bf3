import { randomUUID } from 'node:crypto'
import { chinaDate } from '../../core/calendar/working-days.ts'
import type { Catalogue } from '../../core/content/catalogue.ts'
import type { FormDefinition } from '../../core/content/form.ts'
import type { Text } from '../../core/content/text.ts'
import { wordsFrom } from '../../core/i18n/words.ts'
import { draftWarningAt } from '../../core/notifications/reminder-schedule.ts'
import type { PersonalDataCipher } from '../crypto/cipher.ts'
import { resumeLink } from '../drafts/resume-link.ts'
import type { OutboxStore } from '../store/outbox-store.ts'
import type { StoredDraft } from '../store/repository.ts'
import { bilingualMail } from './bilingual-mail.ts'

/** What a draft's expiry warning needs besides the draft routes' own clock and cipher. */
export type DraftReminders = {
  outbox: OutboxStore
  strings: Catalogue['strings']
  /** The centre's name, which the warning is signed with. */
  centre: Text
  /** A warning that could not be queued is logged; the save or submit it came with still stands. */
  log: (m: string) => void
}

type Deps = { reminders: DraftReminders; crypto: PersonalDataCipher; clock: () => Date; settings: { publicOrigin: string } }

const key = (draftId: string) => `draft-expiry:${draftId}`

/**
 * Queues, or moves, the e-mail that warns of a draft's expiry (save and return, §6.3): 7 days before it
 * expires, to the address the citizen left, in Chinese and English, with the link that resumes it. One
 * per draft: each save moves it with the expiry; one already sent is armed again by a save after it,
 * since the citizen came back and the draft now expires later. With less than 7 days left, none waits.
 */
export async function scheduleDraftWarning(deps: Deps, draft: Pick<StoredDraft, 'id' | 'expiresAt' | 'emailSealed'>, token: string, form: Pick<FormDefinition, 'title'>): Promise<void> {
  const { reminders } = deps
  const at = draftWarningAt(draft.expiresAt, deps.clock())
  if (!draft.emailSealed || !at) return withdrawDraftWarning(deps, draft.id)
  const words = wordsFrom(reminders.strings)
  const params = (l: 'zh' | 'en') => ({ centre: reminders.centre[l], form: form.title[l], date: chinaDate(draft.expiresAt), link: resumeLink(deps.settings.publicOrigin, token) })
  const mail = bilingualMail(words, 'draft-expiry', params, deps.crypto.open(draft.emailSealed))
  await reminders.outbox
    .schedule({ id: randomUUID(), dedupeKey: key(draft.id), kind: 'draft-expiry', channel: 'email', messageSealed: deps.crypto.seal(JSON.stringify(mail)), nextAttemptAt: at, createdAt: deps.clock() })
    .catch((e: Error) => reminders.log(`draft expiry warning: ${e.message}`))
}

/** The address was removed, or the draft submitted or deleted: its warning, if still waiting, is not sent. */
export async function withdrawDraftWarning(deps: Pick<Deps, 'reminders'>, draftId: string): Promise<void> {
  await deps.reminders.outbox.cancel(key(draftId)).catch((e: Error) => deps.reminders.log(`draft expiry warning: ${e.message}`))
}
