import type { Context } from 'hono'
import type { z } from 'zod'
import { ApiError } from './api-error.ts'

export type QueryProblem = { param: string; message: string }

/** zod's issue for unknown keys names them in `keys`; every other issue names one parameter. */
function problemsOf(error: z.ZodError): QueryProblem[] {
  return error.issues.flatMap((issue) =>
    issue.code === 'unrecognized_keys'
      ? issue.keys.map((k) => ({ param: k, message: 'unknown parameter' }))
      : [{ param: issue.path.map(String).join('.') || '(query)', message: issue.message }],
  )
}

/**
 * Validates the query string against a strict zod object. Throws ApiError 400 `bad_query` whose
 * details list each bad parameter, e.g. `[{ param: 'audience', message: 'use one of 自然人, 法人' }]`.
 */
export function validateQuery<S extends z.ZodType>(c: Context, schema: S): z.output<S> {
  const raw = c.req.queries()
  const repeated = Object.keys(raw).filter((k) => (raw[k]?.length ?? 0) > 1)
  const problems: QueryProblem[] = repeated.map((param) => ({ param, message: 'give this parameter once' }))
  const single = Object.fromEntries(Object.entries(raw).map(([k, v]) => [k, v[0]]))
  const parsed = schema.safeParse(single)
  if (!parsed.success) problems.push(...problemsOf(parsed.error))
  if (problems.length > 0 || !parsed.success) {
    const summary = problems.map((p) => `${p.param}: ${p.message}`).join('; ')
    throw new ApiError(400, 'bad_query', `The query is not valid: ${summary}.`, problems)
  }
  return parsed.data
}
