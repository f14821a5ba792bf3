import { Hono, type Context } from 'hono'
import { z } from 'zod'
import type { SourceFile } from '../../core/content/catalogue.ts'
import { loadCatalogue } from '../../core/content/load.ts'
import { Slug } from '../../core/content/text.ts'
import { stableJsonText } from '../../core/studio/stable-json-text.ts'
import { withMatterWindows } from '../../core/studio/matter-windows.ts'
import { studioOutcomeDiff } from '../../core/studio/studio-outcome-diff.ts'
import { ApiError } from '../http/api-error.ts'
import { readJsonBody } from '../http/json-body.ts'

/**
 * Where the studio reads and writes editors' files: the content folder on disk, or a map in tests.
 * `committed` gives the files as last committed (null when the folder is not in a repository).
 */
export type ContentFiles = { all(): Promise<SourceFile[]>; write(path: string, text: string): Promise<void>; committed(): Promise<SourceFile[] | null> }

const folders = { scenes: 'scenes', matters: 'content/matters' } as const

const layoutPath = 'content/hall/layout.json'

/**
 * The file a studio body is saved as, its text as an editor would write it, and every file with it in
 * place. A matter's windows are listed back in the hall layout, which then changes with it.
 */
async function edited(c: Context, files: ContentFiles): Promise<{ path: string; changed: SourceFile[]; all: SourceFile[] }> {
  const folder = c.req.param('folder')!
  const id = c.req.param('id')!
  if (!(folder in folders)) throw new ApiError(404, 'not_found', `The studio saves scenes and matters, not "${folder}".`)
  if (!Slug.safeParse(id).success) throw new ApiError(400, 'bad_id', `"${id}" is not an id: use lower-case letters, digits and hyphens.`)
  // Read as written (a schema's output would put its own keys first and reorder the file).
  const value = (await readJsonBody(c, z.unknown())) as { id?: unknown } | null
  if (value?.id !== id) throw new ApiError(422, 'id_mismatch', `The file's "id" must be "${id}", the name it is saved under.`)
  const path = `${folders[folder as keyof typeof folders]}/${id}.json`
  const all = await files.all()
  // A file started in the studio (?new) never replaces one already there, readable or not.
  if (c.req.query('new') !== undefined && all.some((f) => f.path === path)) throw new ApiError(409, 'file_exists', `${path} already exists: open it to edit it, or choose another id.`)
  const changed = [{ path, text: stableJsonText(all.find((f) => f.path === path)?.text ?? null, value) }]
  const windows = (value as { windows?: unknown }).windows
  const layout = all.find((f) => f.path === layoutPath)
  if (folder === 'matters' && layout && Array.isArray(windows)) {
    const listed = withMatterWindows(parseOrNull(layout.text), id, windows.filter((n): n is number => typeof n === 'number'))
    const text = listed === null ? layout.text : stableJsonText(layout.text, listed)
    if (text !== layout.text) changed.push({ path: layoutPath, text })
  }
  const paths = new Set(changed.map((f) => f.path))
  return { path, changed, all: [...all.filter((f) => !paths.has(f.path)), ...changed] }
}

function parseOrNull(text: string): unknown {
  try {
    return JSON.parse(text)
  } catch {
    return null
  }
}

/**
 * The studio's dev-only routes (`STUDIO=dev` in `npm run dev`):
 * - `GET /api/studio/catalogue`: the working tree's catalogue, which the editor checks drafts against live;
 * - `POST /api/studio/outcome-diff/scenes/:id`: the outcome diff of a draft against the last committed version;
 * - `PUT /api/studio/files/scenes/:id` and `/matters/:id`: the save. The body is the whole situation or
 *   matter; it is written the way an editor would (stableJsonText: only what changed moves), but only
 *   after the same checks as `npm run check` pass for that file against all the other content, so a
 *   save never publishes a mistake. A matter's windows are listed back in content/hall/layout.json in
 *   the same save (`also` names it). 422 `content_invalid` lists the problems (English and Chinese,
 *   with line and pointer) and writes nothing. With `?new` the save only creates: 409 `file_exists` when
 *   the file is already there (so a new matter never overwrites one the studio could not read).
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
      const { path, changed, all } = await edited(c, files)
      const paths = new Set(changed.map((f) => f.path))
      const problems = loadCatalogue(all).problems.filter((p) => paths.has(p.file))
      if (problems.length > 0) throw new ApiError(422, 'content_invalid', `${path} has ${problems.length} ${problems.length === 1 ? 'problem' : 'problems'}; nothing was saved.`, problems)
      for (const f of changed) await files.write(f.path, f.text)
      return c.json({ file: path, text: changed[0]!.text, also: changed.slice(1).map((f) => f.path) })
    })
}
