import type { FormDefinition } from '../../core/content/form.ts'
import type { FieldValue, FormData } from '../../core/forms/form-data.ts'
import type { UnmovedValue } from '../../core/forms/migrate-draft.ts'
import { draftsApi, type Draft, type NewerDraft, type SaveResult } from '../api/drafts.ts'
import { Autosaver } from './autosave.svelte.ts'

type SaveFn = (token: string, body: Parameters<typeof draftsApi.save>[1]) => Promise<SaveResult>

/**
 * One citizen filling in one draft: the form, what they typed (in memory only, never in browser
 * storage: kiosks share screens), the section they are on, and the autosaver that stores it.
 */
/** How a field was filled for the citizen: shown beside it; a locked one cannot be changed. */
export type PrefillMark = { source: 'identity' | 'earlier'; locked: boolean }

export class DraftSession {
  readonly form: FormDefinition
  readonly token: string
  readonly resumeCode: string
  /** The trust level the matter needs to submit online, and the windows that take it in person; undefined: none. */
  readonly submitLevel: Draft['submitLevel']
  data = $state<FormData>({})
  position = $state<string | null>(null)
  /** Saved values the current form version had no place for; shown until the citizen dismisses them. */
  unmoved = $state.raw<UnmovedValue[]>([])
  /** Fields filled for a signed-in citizen from their verified identity or earlier application, until changed. */
  prefilled = $state.raw<Record<string, PrefillMark>>({})
  /** Where the expiry warning goes, masked (w***@example.cn); null when the citizen left no address. */
  reminderEmail = $state<string | null>(null)
  readonly saver: Autosaver

  constructor(form: FormDefinition, draft: Draft, options: { save?: SaveFn; delayMs?: number } = {}) {
    this.form = form
    this.token = draft.token
    this.resumeCode = draft.resumeCode
    this.submitLevel = draft.submitLevel
    this.data = structuredClone(draft.data)
    this.position = draft.position
    this.unmoved = draft.unmoved
    this.prefilled = Object.fromEntries((draft.prefilled ?? []).map((p) => [p.field, { source: p.source, locked: p.locked }]))
    this.reminderEmail = draft.reminderEmail ?? null
    const save = options.save ?? draftsApi.save
    this.saver = new Autosaver({
      revision: draft.revision,
      savedAt: draft.updatedAt,
      expiresAt: draft.expiresAt,
      delayMs: options.delayMs,
      save: (revision) => save(this.token, { data: this.snapshot(), position: this.position, revision, formVersion: form.version }),
    })
  }

  /** What is typed now, as plain data to send or validate. */
  snapshot(): FormData {
    return $state.snapshot(this.data) as FormData
  }

  /** Sets one top-level field (a group's whole list of items) and schedules a save. */
  set(fieldId: string, value: FieldValue): void {
    if (this.prefilled[fieldId]?.locked) return
    this.data[fieldId] = value
    if (this.prefilled[fieldId]) this.prefilled = Object.fromEntries(Object.entries(this.prefilled).filter(([id]) => id !== fieldId))
    this.saver.changed()
  }

  /** Moves to a section; the saved position lets another device open the draft where it was left. */
  goTo(sectionId: string): void {
    if (this.position === sectionId) return
    this.position = sectionId
    this.saver.changed()
    void this.saver.flush()
  }

  /** The citizen left a field: save now rather than after the pause. */
  left(): void {
    if (this.saver.unsaved) void this.saver.flush()
  }

  loadNewer(newer: NewerDraft): void {
    this.data = structuredClone(newer.data)
    this.position = newer.position
    this.saver.accept(newer)
  }

  keepMine(): void {
    void this.saver.overrule()
  }
}
