import type { Answer, Operation } from './operations.ts'

type JsonObject = Record<string, unknown>

export const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` })
const errorContent = { 'application/json': { schema: ref('ErrorBody') } }
const stringHeaders = (headers: Record<string, string>) =>
  Object.fromEntries(Object.entries(headers).map(([name, description]) => [name, { description, schema: { type: 'string' } }]))

function success(op: Operation, answer: Answer): JsonObject {
  const headers = {
    ...(op.cached ? { ETag: 'the representation\'s version', 'Cache-Control': 'how long it may be reused' } : {}),
    ...('headers' in answer ? answer.headers : {}),
  }
  const content =
    'schema' in answer
      ? { 'application/json': { schema: ref(answer.name) } }
      : answer.media && Object.fromEntries(answer.media.map((type) => [type, { schema: { type: 'string' } }]))
  return { description: answer.description, ...(Object.keys(headers).length > 0 ? { headers: stringHeaders(headers) } : {}), ...(content ? { content } : {}) }
}

/**
 * The error answers an operation can give, each `{ error: { code, message, details? } }`: those every
 * route shares (413, 500), those that follow from how it is built (a query, a body, a staff token, a
 * lookup by id), and its own. Several causes of one status are listed in one description.
 */
function errors(op: Operation): Map<number, string[]> {
  const out = new Map<number, string[]>()
  const add = (status: number, description: string) => out.set(status, [...(out.get(status) ?? []), description])
  if (op.query) add(400, 'bad_query: a query parameter is unknown or invalid (details: [{ param, message }])')
  if (op.method !== 'get') add(403, 'cross_site_request: sent from another site\'s page (Origin or Sec-Fetch-Site)')
  if (op.body) {
    add(400, 'malformed_json: the body is not JSON (details: position, line, column)')
    add(415, 'unsupported_media_type: the body is not sent as application/json')
    add(422, 'invalid_request: the body is not what this operation takes, nests too deep, holds too many values, too long a string or text no store keeps (details: [{ pointer, message }])')
  }
  if (op.staff) add(401, 'unauthorized: no valid, unexpired staff token')
  if (op.notFound !== undefined) add(404, `${op.notFound}: no such id`)
  for (const [status, description] of Object.entries(op.errors ?? {})) add(Number(status), description)
  add(413, 'payload_too_large: the request body is over the limit')
  add(500, 'internal_error')
  return out
}

/** The `responses` object of an operation: its successful answers, 304 when cached, and its errors. */
export function responsesOf(op: Operation): JsonObject {
  const responses: JsonObject = {}
  for (const answer of [op.response, ...(op.alsoAnswers ?? [])]) responses[answer.status ?? 200] = success(op, answer)
  if (op.cached) responses[304] = { description: 'Not modified: the If-None-Match ETag is current' }
  for (const [status, descriptions] of [...errors(op)].sort(([a], [b]) => a - b)) {
    const retry = status === 429 ? { headers: stringHeaders({ 'Retry-After': 'seconds to wait before trying again' }) } : {}
    responses[status] = { description: descriptions.join('; '), ...retry, content: errorContent }
  }
  return responses
}
