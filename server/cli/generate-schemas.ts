// npm run schemas: writes content/schemas/*.schema.json from the zod schemas in core/ (the source of truth).
import { mkdir, writeFile } from 'node:fs/promises'
import { dirname, join } from 'node:path'
import { jsonSchemaFileText } from '../../core/content/json-schema-file.ts'
import { publishedSchemas, schemaFilePath, type SchemaName } from '../../core/content/schemas-for-files.ts'

const root = process.argv[2] ?? process.cwd()

for (const published of publishedSchemas) {
  const path = join(root, schemaFilePath(published.name as SchemaName))
  await mkdir(dirname(path), { recursive: true })
  await writeFile(path, jsonSchemaFileText(published))
  console.log(`wrote ${schemaFilePath(published.name as SchemaName)}`)
}
