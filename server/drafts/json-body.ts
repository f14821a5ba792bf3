import type { Context } from 'hono'
import type { z } from 'zod'
import { ApiError } from '../http/api-error.ts'

/**
 * Reads a JSON body and checks it against a schema. Malformed JSON is a 400 whose details give the
 * position, line and column of the error; a body of the wrong shape is a 422 listing a JSON pointer
 * and a message per problem. An empty body counts as `{}` when `emptyIsObject` is set.
 */
export async function readJsonBody<S extends z.ZodType>(c: Context, schema: S, emptyIsObject = false): Promise<z.output<S>> {
  const text = await c.req.text()
  let value: unknown
  if (text.trim() === '' && emptyIsObject) value = {}
  else {
    try {
      value = JSON.parse(text)
    } catch (err) {
      throw new ApiError(400, 'malformed_json', `The request body is not valid JSON: ${(err as Error).message}`, locate(text, err as Error))
    }
  }
  const parsed = schema.safeParse(value)
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => ({ pointer: '/' + i.path.map(String).join('/'), message: i.message }))
    throw new ApiError(422, 'invalid_request', `The request body is not what this endpoint takes: ${problems.map((p) => `${p.pointer} ${p.message}`).join('; ')}`, problems)
  }
  return parsed.data
}

/** V8 names the offset ("at position 12"); an unexpected end has none, so it is the end of the text. */
function locate(text: string, err: Error): { position: number; line: number; column: number } {
  const match = /position (\d+)/.exec(err.message)
  const position = match ? Number(match[1]) : text.length
  const before = text.slice(0, position).split('\n')
  return { position, line: before.length, column: (before.at(-1)?.length ?? 0) + 1 }
}
