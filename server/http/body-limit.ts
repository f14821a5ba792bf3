import type { MiddlewareHandler } from 'hono'
import { bodyLimit } from 'hono/body-limit'
import { ApiError } from './api-error.ts'

/** Rejects request bodies over `maxBytes` with a 413 in the usual JSON error shape (via onError). */
export function limitBody(maxBytes: number): MiddlewareHandler {
  return bodyLimit({
    maxSize: maxBytes,
    onError: () => {
      throw new ApiError(413, 'payload_too_large', `The request body is larger than the limit of ${maxBytes} bytes.`, { limitBytes: maxBytes })
    },
  })
}
