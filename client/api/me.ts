import type { z } from 'zod'
import type { MeAnswer, MyApplications } from '../../server/openapi/api-schemas.ts'
import { getJson } from './api.ts'
import { must, request } from './request.ts'

export type Me = z.infer<typeof MeAnswer>
export type MyWork = z.infer<typeof MyApplications>

/** The signed-in citizen's own things (server/routes/me.ts); the session cookie says who. */
export const meApi = {
  me: (signal?: AbortSignal) => getJson<Me>('/api/me', signal),
  applications: (signal?: AbortSignal) => getJson<MyWork>('/api/me/applications', signal),
  /** Makes drafts opened anonymously in this tab the citizen's; their tokens go in the body, never a URL. */
  adopt: (drafts: string[]) => request<{ adopted: number }>('POST', '/api/me/adopt', { body: { drafts } }).then(must),
}
