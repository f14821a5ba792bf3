import type { ErrorBody, ErrorDetails } from '../../core/api/error-body.ts'
import { ApiFailure } from './api-failure.ts'

/** An error answer of the API, as core/api/error-body.ts defines it, with its HTTP status. */
export type ApiRefusal = ErrorBody['error'] & { status: number }
/** What one call answered: the body, or the refusal a page may show as data. */
export type Reply<T> = { ok: true; status: number; body: T } | ({ ok: false } & ApiRefusal)

export type RequestOptions = {
  body?: unknown
  headers?: Record<string, string>
  signal?: AbortSignal | undefined
  /** 'omit' keeps a kiosk visit free of cookies; the kiosk reset needs 'same-origin' for Clear-Site-Data. */
  credentials?: RequestCredentials
  /** 'no-store' (the default) for anything personal; content GETs pass 'default' to use the HTTP cache. */
  cache?: RequestCache
}

/**
 * The one place the client calls fetch for JSON. Resolves with the reply (an error answer included,
 * with its code, message and details) and rejects only with an ApiFailure of status 0 when the network
 * failed, or when a success is not JSON. `must` turns a refusal into a thrown ApiFailure.
 *
 * @example const reply = await request<SavedDraft>('PUT', '/api/draft', { body: save, headers: draftHeaders(token) }); if (!reply.ok && reply.status === 409) ...
 */
export async function request<T>(method: string, path: string, options: RequestOptions = {}): Promise<Reply<T>> {
  const { body, signal } = options
  let response: Response
  try {
    response = await fetch(path, {
      method,
      headers: { accept: 'application/json', ...(body === undefined ? {} : { 'content-type': 'application/json' }), ...options.headers },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      cache: options.cache ?? 'no-store',
      ...(options.credentials ? { credentials: options.credentials } : {}),
      ...(signal ? { signal } : {}),
    })
  } catch (err) {
    if (signal?.aborted) throw err
    throw new ApiFailure(0, 'network', 'The server could not be reached.')
  }
  const parsed: unknown = response.status === 204 ? null : await response.json().catch(() => undefined)
  if (response.ok) {
    if (parsed === undefined) throw new ApiFailure(response.status, 'bad_body', `The answer from ${path} was not JSON.`)
    return { ok: true, status: response.status, body: parsed as T }
  }
  const error = (parsed as Partial<ErrorBody> | undefined)?.error
  return {
    ok: false,
    status: response.status,
    code: typeof error?.code === 'string' ? error.code : `http_${response.status}`,
    message: typeof error?.message === 'string' ? error.message : `The server answered ${response.status}.`,
    ...(error?.details === undefined ? {} : { details: error.details }),
  }
}

/** The body of a success; a refusal becomes a thrown ApiFailure carrying its status, code, message and details. */
export function must<T>(reply: Reply<T>): T {
  if (reply.ok) return reply.body
  throw new ApiFailure(reply.status, reply.code, reply.message, reply.details)
}

/**
 * A refusal's details, typed by its code (core/api/error-body.ts), or undefined when the refusal has
 * another code or the server sent none.
 *
 * @example const wait = detailsOf(reply, 'too_many_attempts')?.retryAfterSeconds ?? 60
 */
export function detailsOf<C extends keyof ErrorDetails>(refusal: { code: string; details?: unknown }, code: C): ErrorDetails[C] | undefined {
  return refusal.code === code && refusal.details !== undefined ? (refusal.details as ErrorDetails[C]) : undefined
}
