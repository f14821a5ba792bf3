import type { Context } from 'hono'
import { HTTPException } from 'hono/http-exception'
import { UnstorableTextError } from '../store/storable-text.ts'
import type { ErrorBody } from '../../core/api/error-body.ts'
import { ApiError } from './api-error.ts'
import { loggedPath } from './request-log.ts'

/**
 * Turns anything a handler throws into the JSON error body. Unexpected errors are logged and answered
 * with a 500 that reveals nothing of the internals (no stack, no personal data).
 */
export function onError(err: Error, c: Context): Response {
  if (err instanceof ApiError) {
    const body: ErrorBody = { error: { code: err.code, message: err.message, ...(err.details === undefined ? {} : { details: err.details }) } }
    return c.json(body, err.status, { ...err.headers, ...(refusedUnread(err.status, c) ? { Connection: 'close' } : {}) })
  }
  if (err instanceof UnstorableTextError) {
    // The HTTP layer refuses such text first; a store refusing it too answers the same way.
    const body: ErrorBody = { error: { code: 'invalid_request', message: `The request holds text that cannot be stored: ${err.problem.reason}.`, details: [{ pointer: err.problem.pointer, message: err.problem.reason }] } }
    return c.json(body, 422)
  }
  if (err instanceof HTTPException) {
    const status = err.status
    const code = status === 413 ? 'payload_too_large' : status === 400 ? 'bad_request' : `http_${status}`
    return c.json({ error: { code, message: err.message || 'The request could not be handled.' } } satisfies ErrorBody, status)
  }
  // The route's pattern, not the path: a path can hold a draft token, which opens the draft.
  console.error(`[${new Date().toISOString()}] unexpected error on ${c.req.method} ${loggedPath(c)}: ${err.name}: ${err.message}`)
  return c.json({ error: { code: 'internal_error', message: 'Something went wrong on our side. Please try again.' } } satisfies ErrorBody, 500)
}

/** For `app.notFound`: unknown API paths answer in the same JSON shape. */
export function notFound(c: Context): Response {
  return c.json({ error: { code: 'not_found', message: `Nothing is at ${c.req.path}.` } } satisfies ErrorBody, 404)
}

/**
 * A request refused before its body was read (too large, too many, not JSON, from another site) ends
 * its connection: otherwise the server would go on receiving, to throw away, a body of up to
 * DRAFT_MAX_KB it has already refused, for every such request a flooding client sends.
 */
function refusedUnread(status: number, c: Context): boolean {
  if (status !== 403 && status !== 413 && status !== 415 && status !== 429) return false
  const length = c.req.header('content-length')
  return c.req.header('transfer-encoding') !== undefined || (length !== undefined && length !== '0')
}
