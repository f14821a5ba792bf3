import { join } from 'node:path'
import ts from 'typescript'
import { beforeAll, describe, expect, it } from 'vitest'

type Area = 'core' | 'client' | 'server'

const root = join(import.meta.dirname, '..')
const fixture = (name: string) => join(root, 'test/fixtures/boundaries', `${name}.ts`)

const fixtures: Record<Area, string[]> = {
  core: ['core-reads-a-file', 'core-touches-the-page', 'core-imports-the-server', 'core-pure'],
  client: ['client-reads-the-environment', 'client-uses-the-page'],
  server: ['server-imports-the-client', 'server-uses-node'],
}

/**
 * The area's own tsconfig (its libs, its types, its composite file list) with the fixtures added, as
 * `npm run typecheck` would see them had they been saved in that folder.
 */
function programFor(area: Area): ts.Program {
  const own = ts.readConfigFile(join(root, area, 'tsconfig.json'), ts.sys.readFile)
  const include = [...fixtures[area].map(fixture), ...(own.config.include as string[]).map((pattern) => join(root, area, pattern))]
  const parsed = ts.parseJsonConfigFileContent({ extends: join(root, area, 'tsconfig.json'), include }, ts.sys, root)
  return ts.createProgram({ rootNames: parsed.fileNames, options: parsed.options, configFileParsingDiagnostics: parsed.errors })
}

const programs = new Map<Area, ts.Program>()

/** The error codes of one fixture; only it is type-checked, the area's files are listed so importing them is allowed. */
function errorCodes(area: Area, name: string): number[] {
  const program = programs.get(area)!
  return ts.getPreEmitDiagnostics(program, program.getSourceFile(fixture(name))).map((d) => d.code)
}

// TS2591 / TS2580: a Node name is unknown; TS2584: a DOM name is unknown; TS6307: a file outside the project's list.
describe('the boundaries npm run typecheck keeps', () => {
  beforeAll(() => {
    for (const area of ['core', 'client', 'server'] as const) programs.set(area, programFor(area))
  }, 180_000)

  it('refuses a core module that imports node:fs', () => {
    expect(errorCodes('core', 'core-reads-a-file')).toContain(2591)
  })

  it('refuses a core module that uses the DOM', () => {
    expect(errorCodes('core', 'core-touches-the-page')).toContain(2584)
  })

  it('refuses a core module that imports the server', () => {
    expect(errorCodes('core', 'core-imports-the-server')).toContain(6307)
  })

  it('refuses a client module that uses Node globals', () => {
    expect(errorCodes('client', 'client-reads-the-environment').filter((code) => code === 2580 || code === 2591)).not.toEqual([])
  })

  it('refuses a server module that imports the client', () => {
    expect(errorCodes('server', 'server-imports-the-client')).toContain(6307)
  })

  it('accepts modules that keep to their side', () => {
    expect(errorCodes('core', 'core-pure')).toEqual([])
    expect(errorCodes('client', 'client-uses-the-page')).toEqual([])
    expect(errorCodes('server', 'server-uses-node')).toEqual([])
  })
})
