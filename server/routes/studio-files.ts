import { Hono, type Context } from 'hono'
import { z } from 'zod'
import type { SourceFile } from '../../core/content/catalogue.ts'
import { loadCatalogue } from '../../core/content/load.ts'
import { Slug } from '../../core/content/text.ts'
import { stableJsonText } from '../../core/studio/stable-json-text.ts'
import { studioOutcomeDiff } from '../../core/studio/studio-outcome-diff.ts'
import { ApiError } from '../http/api-error.ts'
import { readJsonBody } from '../http/json-body.ts'

/**
 * Where the studio reads and writes editors' files: the content folder on disk, or a map in tests.
 * `committed` gives the files as last committed (null when the folder is not in a repository).
 */
export type ContentFiles = { all(): Promise<SourceFile[]>; write(path: string, text: string): Promise<void>; committed(): Promise<SourceFile[] | null> }

const folders = { scenes: 'scenes', matters: 'content/matters' } as const

/** The file a studio body is saved as, its text as an editor would write it, and every file with it in place. */
async function edited(c: Context, files: ContentFiles): Promise<{ path: string; text: string; all: SourceFile[] }> {
  const folder = c.req.param('folder')!
  const id = c.req.param('id')!
  if (!(folder in folders)) throw new ApiError(404, 'not_found', `The studio saves scenes and matters, not "${folder}".`)
  if (!Slug.safeParse(id).success) throw new ApiError(400, 'bad_id', `"${id}" is not an id: use lower-case letters, digits and hyphens.`)
  // Read as written (a schema's output would put its own keys first and reorder the file).
  const value = (await readJsonBody(c, z.unknown())) as { id?: unknown } | null
  if (value?.id !== id) throw new ApiError(422, 'id_mismatch', `The file's "id" must be "${id}", the name it is saved under.`)
  const path = `${folders[folder as keyof typeof folders]}/${id}.json`
  const all = await files.all()
  const text = stableJsonText(all.find((f) => f.path === path)?.text ?? null, value)
  return { path, text, all: [...all.filter((f) => f.path !== path), { path, text }] }
}

/**
 * The studio's dev-only routes (`STUDIO=dev` in `npm run dev`):
 * - `GET /api/studio/catalogue`: the working tree's catalogue, which the editor checks drafts against live;
 * - `POST /api/studio/outcome-diff/scenes/:id`: the outcome diff of a draft against the last committed version;
 * - `PUT /api/studio/files/scenes/:id` and `/matters/:id`: the save. The body is the whole situation or
 *   matter; it is written the way an editor would (stableJsonText: only what changed moves), but only
 *   after the same checks as `npm run check` pass for that file against all the other content, so a
 *   save never publishes a mistake. 422 `content_invalid` lists the file's problems (English and
 *   Chinese, with line and pointer) and writes nothing.
 */
export function studioFileRoutes(files: ContentFiles): Hono {
  return new Hono()
    .get('/catalogue', async (c) => {
      const { catalogue } = loadCatalogue(await files.all())
      if (!catalogue) throw new ApiError(503, 'content_unreadable', 'The departments, themes or hall layout cannot be read; npm run check says why.')
      return c.json({ catalogue }, 200, { 'Cache-Control': 'no-store' })
    })
    .post('/outcome-diff/:folder/:id', async (c) => {
      const { path, all } = await edited(c, files)
      const committed = await files.committed()
      return c.json(studioOutcomeDiff(committed, all, path))
    })
    .put('/files/:folder/:id', async (c) => {
      const { path, text, all } = await edited(c, files)
      const problems = loadCatalogue(all).problems.filter((p) => p.file === path)
      if (problems.length > 0) throw new ApiError(422, 'content_invalid', `${path} has ${problems.length} ${problems.length === 1 ? 'problem' : 'problems'}; nothing was saved.`, problems)
      await files.write(path, text)
      return c.json({ file: path, text })
    })
}
