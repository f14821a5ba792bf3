import type { ContentfulStatusCode } from 'hono/utils/http-status'

/**
 * The one error type route handlers throw. `app.onError` (see on-error.ts) turns it into
 * `{ "error": { "code", "message", "details"? } }` with the status given here.
 *
 * @example throw new ApiError(404, 'matter_not_found', `No matter has the id "${id}".`)
 */
export class ApiError extends Error {
  constructor(
    readonly status: ContentfulStatusCode,
    readonly code: string,
    message: string,
    readonly details?: unknown,
    readonly headers?: Record<string, string>,
  ) {
    super(message)
    this.name = 'ApiError'
  }
}
