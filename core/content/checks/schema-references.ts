import type { ContentCheck } from '../loaded-content.ts'
import { schemaRefFor } from '../schemas-for-files.ts'

/** Each file names its JSON Schema, so editors get completion and checking as they type. */
export const checkSchemaReferences: ContentCheck = (content) =>
  content.sources.flatMap(({ file, schemaName, raw }) => {
    const expected = schemaRefFor(file, schemaName)
    const actual = typeof raw === 'object' && raw !== null ? (raw as Record<string, unknown>).$schema : undefined
    if (actual === expected) return []
    if (actual === undefined) return [{ file, pointer: '', message: `add "$schema": "${expected}" as the first key, so editors can check this file as you type`, zh: `请把 "$schema": "${expected}" 加为第一个键，编辑器才能边写边检查这个文件` }]
    return [{ file, pointer: '/$schema', message: `"$schema" should be "${expected}", not ${JSON.stringify(actual)}`, zh: `"$schema" 应为 "${expected}"，不是 ${JSON.stringify(actual)}` }]
  })
