import type { z } from 'zod'
import type { LicenceAnswer } from '../../server/openapi/api-schemas.ts'
import { getJson } from './api.ts'
import { must, request } from './request.ts'

export type Licence = z.infer<typeof LicenceAnswer>
export type LicenceCheck = Licence | { status: 'forged' }

const enc = encodeURIComponent

/** Electronic licences (server/routes/licences.ts and /api/me/licences): checking needs no sign-in, listing does. */
export const licencesApi = {
  check: (id: string, signal?: AbortSignal) => getJson<Licence>(`/api/licences/${enc(id)}`, signal),
  checkFile: (jws: string) => request<LicenceCheck>('POST', '/api/licences/verify', { body: { jws } }).then(must),
  mine: (signal?: AbortSignal) => getJson<{ licences: Licence[] }>('/api/me/licences', signal),
  qrUrl: (id: string) => `/api/licences/${enc(id)}/qr.svg`,
  downloadUrl: (id: string) => `/api/me/licences/${enc(id)}/licence.jws`,
}
