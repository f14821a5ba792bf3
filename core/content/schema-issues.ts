import type { z } from 'zod'
import { closestWord } from './closest-word.ts'
import { describeValue, describeValueZh, expectedName, expectedNameZh, plainMessage, plainMessageZh } from './issue-message.ts'
import { toPointer } from './locate.ts'
import { keysAt, schemasAt } from './schema-shape.ts'

/** A problem before it is placed at a line and column. */
export type Finding = { pointer: string; message: string; zh: string }

type Issue = z.core.$ZodIssue
type Path = PropertyKey[]

/**
 * Validates a value against a zod schema and returns every issue as a finding in plain English:
 * `required: "name" is missing`, `expected a number, got "20"`, `unknown key "windws" (did you mean "windows"?)`.
 */
export function validate<S extends z.ZodType>(schema: S, value: unknown): { data: z.output<S> } | { findings: Finding[] } {
  const result = schema.safeParse(value, { error: plainMessage })
  if (result.success) return { data: result.data }
  const explain = explainer(schema, value)
  return { findings: result.error.issues.flatMap((issue) => explain(issue, [])) }
}

function explainer(root: z.ZodType, data: unknown) {
  const explain = (issue: Issue, base: Path): Finding[] => {
    const path = [...base, ...issue.path]
    const here = valueAt(data, path)
    const last = path[path.length - 1]
    if (here === undefined && typeof last === 'string' && issue.code !== 'invalid_union') {
      return [{ pointer: toPointer(path), message: `required: "${last}" is missing`, zh: `缺少必填项 "${last}"` }]
    }
    switch (issue.code) {
      case 'unrecognized_keys': {
        const known = keysAt(root, path)
        return issue.keys.map((key) => ({ pointer: toPointer([...path, key]), ...unknownKey(key, known) }))
      }
      case 'invalid_union':
        return explainUnion(issue, path, here)
      case 'invalid_key':
        return [
          {
            pointer: toPointer(path),
            message: `the key ${describeValue(path[path.length - 1])} is not valid: ${issue.issues[0]?.message ?? issue.message}`,
            zh: `键 ${describeValue(path[path.length - 1])} 不合规：${issue.issues[0] ? plainMessageZh(issue.issues[0], path[path.length - 1]) : issue.message}`,
          },
        ]
      default:
        return [{ pointer: toPointer(path), message: issue.message, zh: plainMessageZh(issue, here) }]
    }
  }

  const explainUnion = (issue: Extract<Issue, { code: 'invalid_union' }>, path: Path, here: unknown): Finding[] => {
    const { discriminator, options } = issue as { discriminator?: string; options?: unknown[] }
    if (discriminator) {
      const allowed = (options ?? []).map(String).join(', ')
      const message = here === undefined ? `required: "${discriminator}" is missing (use one of ${allowed})` : `unknown ${discriminator} ${describeValue(here)} (use one of ${allowed})`
      const zh = here === undefined ? `缺少必填项 "${discriminator}"（可用：${allowed}）` : `未知的 ${discriminator} ${describeValueZh(here)}（可用：${allowed}）`
      return [{ pointer: toPointer(path), message, zh }]
    }
    const branches = issue.errors.filter((b) => !b.some((i) => i.path.length === 0 && i.code === 'invalid_type'))
    if (branches.length === 0) {
      const expected = issue.errors.flatMap((b) => b.filter((i) => i.code === 'invalid_type').map((i) => expectedName(String(i.expected))))
      const expectedZh = issue.errors.flatMap((b) => b.filter((i) => i.code === 'invalid_type').map((i) => expectedNameZh(String(i.expected))))
      return [
        {
          pointer: toPointer(path),
          message: `expected ${[...new Set(expected)].join(' or ')}, got ${describeValue(here)}`,
          zh: `这里应是${[...new Set(expectedZh)].join('或')}，写的是 ${describeValueZh(here)}`,
        },
      ]
    }
    const ranked = [...branches].sort((a, b) => rootIssues(a) - rootIssues(b) || a.length - b.length)
    const [best, second] = ranked
    if (best && rootIssues(best) === 0 && (!second || rootIssues(second) > 0 || second.length > best.length)) {
      return best.flatMap((i) => explain(i, path))
    }
    return [explainShapes(path, here)].flat()
  }

  const explainShapes = (path: Path, here: unknown): Finding[] => {
    const shapes = schemasAt(root, path).filter((s) => s._zod.def.type === 'object')
    if (!isObject(here) || shapes.length === 0) {
      return [{ pointer: toPointer(path), message: `${describeValue(here)} does not match any allowed form`, zh: `${describeValueZh(here)} 不符合任何允许的写法` }]
    }
    const known = keysAt(root, path)
    const unknown = Object.keys(here).filter((k) => !known.includes(k))
    if (unknown.length > 0) return unknown.map((key) => ({ pointer: toPointer([...path, key]), ...unknownKey(key, known) }))
    const forms = shapes.map((s) => `{${Object.keys((s._zod.def as unknown as { shape: object }).shape).join(', ')}}`)
    return [{ pointer: toPointer(path), message: `these keys do not fit together: write one of ${forms.join(' | ')}`, zh: `这些键不能同时出现：请写成 ${forms.join(' | ')} 之一` }]
  }

  return explain
}

function rootIssues(branch: readonly Issue[]): number {
  return branch.filter((i) => i.path.length === 0).length
}

function unknownKey(key: string, known: readonly string[]): { message: string; zh: string } {
  const suggestion = closestWord(key, known)
  return suggestion
    ? { message: `unknown key "${key}" (did you mean "${suggestion}"?)`, zh: `未知的键 "${key}"（是不是 "${suggestion}"？）` }
    : { message: `unknown key "${key}" (allowed: ${known.join(', ')})`, zh: `未知的键 "${key}"（可用：${known.join('、')}）` }
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/** The value at a path inside parsed JSON, or undefined when the path leads nowhere. */
export function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  let current = data
  for (const segment of path) {
    if (typeof current !== 'object' || current === null) return undefined
    current = (current as Record<PropertyKey, unknown>)[segment]
  }
  return current
}
