import { FormDefinition } from '../../core/content/form.ts'
import type { FormData } from '../../core/forms/form-data.ts'
import companyRaw from '../../content/forms/company-establishment.json' with { type: 'json' }
import type { Draft, SaveResult } from '../api/drafts.ts'

/** The real company establishment form, parsed as the server serves it. Tests only. */
export function companyForm(): FormDefinition {
  return FormDefinition.parse(companyRaw)
}

/** A draft as the server would send it for that form. */
export function draftOf(data: FormData = {}, overrides: Partial<Draft> = {}): Draft {
  return {
    id: 'd1',
    token: 'AAAAAAAAAAAAAAAAAAAAAA',
    resumeCode: 'ABCD-EF23',
    formId: 'company-establishment',
    formVersion: 1,
    data,
    position: null,
    revision: 1,
    expiresAt: '2026-12-25T02:00:00.000Z',
    updatedAt: '2026-11-25T02:32:00.000Z',
    unmoved: [],
    ...overrides,
  }
}

/** A save the test answers by hand: each call waits until the test resolves or rejects it. */
export function manualSave() {
  const calls: { revision: number; data: FormData; resolve: (r: SaveResult) => void; reject: (e: unknown) => void }[] = []
  const save = (_token: string, body: { data: FormData; revision: number }) =>
    new Promise<SaveResult>((resolve, reject) => calls.push({ revision: body.revision, data: body.data, resolve, reject }))
  return { calls, save }
}
