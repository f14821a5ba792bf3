import { z } from 'zod'
import { Text } from '../../core/content/text.ts'
import { SceneScript } from '../../core/scenes/script.ts'
import type { ScriptCoverage } from '../../core/studio/step-coverage.ts'
import { studioModes, type sceneStatuses } from '../routes/studio.ts'
import { answering } from './answering.ts'
import type { Operation } from './operations.ts'

const Translation = z.object({ texts: z.number().int(), translated: z.number().int(), missing: z.array(z.string()) })
const row = { id: z.string(), file: z.string().describe('e.g. scenes/open-restaurant.json'), problems: z.array(z.string()).describe('located problems: file:line:column  pointer  message'),
  problemsZh: z.array(z.string()).describe('the same problems for a Chinese reader: the Chinese message, then the English on an indented line'),
}
const SceneStatuses = answering<ReturnType<typeof sceneStatuses>>()(
  z.array(z.union([
    z.object({ ...row, title: Text, translation: Translation }),
    z.object({ ...row, title: z.null(), translation: z.null() }).describe('a scene file too broken to be in the catalogue'),
  ])),
)

const Coverage = answering<ScriptCoverage>()(
  z.object({
    total: z.number().int().describe('routes through the script'),
    complete: z.boolean().describe('false when enumeration stopped at its limit'),
    steps: z.array(z.object({
      step: z.string(),
      paths: z.number().int(),
      reachedBy: z.record(z.string(), z.union([z.string(), z.array(z.string()), z.number(), z.boolean()])).optional().describe('answers that reach the step'),
    })),
  }),
)

const mode = z.enum(studioModes)

/** /api/studio (server/routes/studio.ts), mounted unless STUDIO=off. */
export const studioOperations: Operation[] = [
  { method: 'get', path: '/api/studio/scenes', operationId: 'studioScenes', tag: 'studio', summary: 'Every scene file with its check status and translation completeness', response: { name: 'StudioScenes', schema: z.object({ mode, scenes: SceneStatuses }), description: 'One row per scene file' } },
  { method: 'get', path: '/api/studio/scenes/{id}', operationId: 'studioScene', tag: 'studio', summary: 'A scene\'s script with the coverage of its steps', pathParams: [{ name: 'id', description: 'the scene id' }], response: { name: 'StudioScene', schema: z.object({ mode, script: SceneScript, coverage: Coverage }), description: 'The script and how many routes reach each step' }, notFound: 'scene_not_found' },
]
