import { Hono } from 'hono'
import { z } from 'zod'
import type { Catalogue } from '../../core/content/catalogue.ts'
import { formatProblem, formatProblemIn, type Problem } from '../../core/content/problem.ts'
import type { SceneScript } from '../../core/scenes/script.ts'
import { scriptCoverage, type ScriptCoverage } from '../../core/studio/step-coverage.ts'
import { translationCompleteness } from '../../core/studio/translation-completeness.ts'
import { ApiError } from '../http/api-error.ts'
import { SettingsError } from '../settings.ts'

export const studioModes = ['off', 'read-only', 'dev'] as const
export type StudioMode = (typeof studioModes)[number]
export type StudioSettings = { studio: StudioMode }

/** The studio's one setting, in the shape of server/settings.ts `definitions` so it can join the README table. */
export const studioSettingDefinitions = {
  studio: {
    env: 'STUDIO',
    default: undefined,
    shown: '(dev in development, off in production)',
    meaning: 'The editors\' studio at /studio: off, read-only (publish the list, maps and simulation), or dev (also the live preview).',
    schema: z.enum(studioModes, { error: 'use off, read-only or dev' }),
  },
} as const

/**
 * Reads STUDIO: on by default in development, off in production unless published on purpose.
 *
 * @example loadStudioSettings({ NODE_ENV: 'production', STUDIO: 'read-only' }) // { studio: 'read-only' }
 * @throws SettingsError for any other value, e.g. `STUDIO="on": use off, read-only or dev`
 */
export function loadStudioSettings(env: Record<string, string | undefined> = process.env): StudioSettings {
  const raw = env.STUDIO?.trim()
  if (!raw) return { studio: env.NODE_ENV === 'production' ? 'off' : 'dev' }
  const parsed = studioSettingDefinitions.studio.schema.safeParse(raw)
  if (!parsed.success) throw new SettingsError([`STUDIO=${JSON.stringify(env.STUDIO)}: ${parsed.error.issues.map((i) => i.message).join('; ')}`])
  return { studio: parsed.data }
}

/** What the studio reports on: the catalogue being served and the problems of the latest load (the dev server keeps the last good catalogue while they are fixed). */
export type StudioSource = { catalogue: Catalogue; problems: Problem[] }

/**
 * `GET /api/studio/scenes` (each situation with its check status and translation completeness) and
 * `GET /api/studio/scenes/:id` (the script with the step coverage of its enumerated routes). Reads the
 * source on every request, so a dev server that reloads content is always current; results are kept
 * per source.
 */
export function studioRoutes(source: () => StudioSource, settings: StudioSettings): Hono {
  const coverage = new WeakMap<SceneScript, ScriptCoverage>()
  const coverageOf = (script: SceneScript) => coverage.get(script) ?? coverage.set(script, scriptCoverage(script)).get(script)!
  return new Hono()
    .get('/scenes', (c) => {
      const { catalogue, problems } = source()
      return c.json({ mode: settings.studio, scenes: sceneStatuses(catalogue, problems) }, 200, { 'Cache-Control': 'no-store' })
    })
    .get('/scenes/:id', (c) => {
      const id = c.req.param('id')
      const script = source().catalogue.scenes.find((s) => s.id === id)
      if (!script) throw new ApiError(404, 'scene_not_found', `No scene has the id "${id}". GET /api/studio/scenes lists them.`)
      return c.json({ mode: settings.studio, script, coverage: coverageOf(script) }, 200, { 'Cache-Control': 'no-store' })
    })
}

/** One row per scene file: those in the catalogue, and those whose file is too broken to be in it. */
/** A file's problems as lines, in English and in Chinese (the Chinese line carries the English under it). */
function texts(problems: Problem[]): { problems: string[]; problemsZh: string[] } {
  return { problems: problems.map(formatProblem), problemsZh: problems.map((p) => formatProblemIn(p, 'zh')) }
}

export function sceneStatuses(catalogue: Catalogue, problems: Problem[]) {
  const rows = catalogue.scenes.map((script) => {
    const file = `scenes/${script.id}.json`
    const own = problems.filter((p) => p.file === file)
    return { id: script.id, file, title: script.title, ...texts(own), translation: translationCompleteness(script) }
  })
  const known = new Set(rows.map((r) => r.file))
  const broken = [...new Set(problems.map((p) => p.file).filter((f) => f.startsWith('scenes/') && !known.has(f)))]
  return [
    ...rows,
    ...broken.map((file) => ({ id: file.slice('scenes/'.length).replace(/\.json$/, ''), file, title: null, ...texts(problems.filter((p) => p.file === file)), translation: null })),
  ]
}
