import type { Context } from 'hono'
import type { z } from 'zod'
import { findUnstorableText } from '../store/storable-text.ts'
import { ApiError } from './api-error.ts'
import { findOverlongString, jsonLimits, scanJsonLimits, type JsonLimits } from './json-limits.ts'

export type BodyProblem = { pointer: string; message: string }

/**
 * Reads a JSON body with the discipline every route shares, cheapest check first, so a hostile body
 * is refused before any costly work:
 * 1. a body must say `Content-Type: application/json` (415 otherwise; another site's form cannot send it);
 * 2. nesting and the number of values are bounded before parsing (422, see json-limits.ts);
 * 3. malformed JSON is a 400 whose details give the position, line and column;
 * 4. strings are bounded in length and must be text both stores keep (no NUL, no lone surrogate: 422);
 * 5. the value must match the route's schema (422 listing a JSON pointer and a message per problem).
 * An empty body counts as `{}` when `emptyIsObject` is set.
 *
 * @example const { code } = await readJsonBody(c, ResumeDraftBody)
 */
export async function readJsonBody<S extends z.ZodType>(c: Context, schema: S, emptyIsObject = false, limits: JsonLimits = jsonLimits): Promise<z.output<S>> {
  const text = await c.req.text()
  if (text.trim() === '' && emptyIsObject) return parseWith(schema, {})
  checkMediaType(c.req.header('content-type'))
  const tooBig = scanJsonLimits(text, limits)
  if (tooBig) throw invalidBody([tooBig])
  let value: unknown
  try {
    value = JSON.parse(text)
  } catch (err) {
    throw new ApiError(400, 'malformed_json', `The request body is not valid JSON: ${(err as Error).message}`, locate(text, err as Error))
  }
  const problem = findOverlongString(value, limits.maxStringLength) ?? findUnstorableText(value)
  if (problem) throw invalidBody([{ pointer: problem.pointer, message: 'message' in problem ? problem.message : problem.reason }])
  return parseWith(schema, value)
}

function parseWith<S extends z.ZodType>(schema: S, value: unknown): z.output<S> {
  const parsed = schema.safeParse(value)
  if (!parsed.success) throw invalidBody(parsed.error.issues.map((i) => ({ pointer: '/' + i.path.map(String).join('/'), message: i.message })))
  return parsed.data
}

/** 422 invalid_request listing each problem; the message names them all, for clients that show only it. */
export function invalidBody(problems: BodyProblem[]): ApiError {
  return new ApiError(422, 'invalid_request', `The request body is not what this endpoint takes: ${problems.map((p) => `${p.pointer || '/'} ${p.message}`).join('; ')}`, problems)
}

/** JSON only (application/json or any +json type). */
export function isJsonMediaType(header: string | undefined): boolean {
  const type = header?.split(';')[0]?.trim().toLowerCase() ?? ''
  return type === 'application/json' || (type.startsWith('application/') && type.endsWith('+json'))
}

function checkMediaType(header: string | undefined): void {
  if (isJsonMediaType(header)) return
  throw new ApiError(415, 'unsupported_media_type', `Send the body as JSON with Content-Type: application/json${header ? `, not ${header.split(';')[0]}` : ''}.`)
}

/** V8 names the offset ("at position 12"); an unexpected end has none, so it is the end of the text. */
function locate(text: string, err: Error): { position: number; line: number; column: number } {
  const match = /position (\d+)/.exec(err.message)
  const position = match ? Number(match[1]) : text.length
  const before = text.slice(0, position).split('\n')
  return { position, line: before.length, column: (before.at(-1)?.length ?? 0) + 1 }
}
