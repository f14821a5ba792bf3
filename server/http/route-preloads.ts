import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Catalogue } from '../../core/content/catalogue.ts'
import { cleanPath, pagePaths } from '../../core/routes/page-paths.ts'

/** One entry of Vite's build manifest (`build.manifest`): a chunk, its static imports and its CSS. */
type ManifestChunk = { file: string; isEntry?: boolean; imports?: string[]; css?: string[] }
export type ViteManifest = Record<string, ManifestChunk>

/** The ids a URL may name; only these get data hints, so nothing from the URL is echoed into the page. */
export type KnownIds = { scenes: ReadonlySet<string>; matters: ReadonlySet<string>; departments: ReadonlySet<string>; themes: ReadonlySet<string> }

export function knownIds(catalogue: Catalogue): KnownIds {
  const ids = (items: { id: string }[]) => new Set(items.map((item) => item.id))
  return { scenes: ids(catalogue.scenes), matters: ids(catalogue.matters), departments: ids(catalogue.departments), themes: ids(catalogue.themes) }
}

/**
 * The pages client/app/App.svelte loads lazily that are often the first of a visit (a shared link, a
 * search result), as Vite's manifest names their modules, with the data each asks for first.
 */
const firstPages = [
  { path: pagePaths.situation, ids: 'scenes', module: 'journey/JourneyPage.svelte', data: (id: string) => [`/api/scenes/${id}`] },
  // MatterPage fetches the guide, the hall (its map) and the departments together.
  { path: pagePaths.matter, ids: 'matters', module: 'matters/MatterPage.svelte', data: (id: string) => [`/api/matters/${id}`, '/api/hall', '/api/departments'] },
  { path: pagePaths.department, ids: 'departments', module: 'departments/DepartmentPage.svelte', data: (id: string) => [`/api/departments/${id}`] },
  { path: pagePaths.theme, ids: 'themes', module: 'themes/ThemePage.svelte', data: (id: string) => [`/api/themes/${id}`] },
] as const

/** Their modules, which the build also marks for eager compilation (vite.config.ts). */
export const firstPageModules: string[] = firstPages.map((page) => page.module)

export function readManifest(clientDir: string): ViteManifest | null {
  const path = join(clientDir, '.vite', 'manifest.json')
  return existsSync(path) ? (JSON.parse(readFileSync(path, 'utf8')) as ViteManifest) : null
}

/**
 * `<link>` hints for the page at a path, so the browser fetches a page's code and first data together
 * with the entry script instead of discovering them one round trip after another (HTML, entry, page
 * chunk, then the API). On a phone's 150 ms round trips that chain is most of the wait for the first
 * question. Only known ids get a data hint: nothing from the URL is echoed into the page. The chunk
 * hints are worked out once per build, not per request.
 */
export function routePreloads(manifest: ViteManifest | null, known: KnownIds): (path: string) => string {
  const home = ['/api/scenes', '/api/themes', '/api/departments'].map(dataHint).join('')
  const code = firstPages.map((page) => chunkHints(manifest, page.module))
  return (path) => {
    const clean = cleanPath(path)
    if (clean === '/') return home
    for (const [i, page] of firstPages.entries()) {
      const id = page.path.exec(clean)?.[1]
      if (id === undefined) continue
      return known[page.ids].has(id) ? code[i] + page.data(id).map(dataHint).join('') : ''
    }
    return ''
  }
}

/** `crossorigin` makes the hint's request match fetch()'s (CORS mode, same-origin credentials) so it is reused. */
function dataHint(url: string): string {
  return `<link rel="preload" as="fetch" href="${url}" crossorigin>`
}

/**
 * modulepreload for a lazily loaded module and every chunk it imports statically, and its CSS as
 * stylesheets. Not `preload as=style`: Vite's loader looks for `rel=stylesheet` links, and finding none
 * it would insert its own in the middle of rendering the page, restyling the page a second time.
 */
function chunkHints(manifest: ViteManifest | null, key: string): string {
  if (!manifest?.[key]) return ''
  const chunks = new Set<string>()
  const visit = (k: string) => {
    // The entry is in the page already, as its module script.
    if (chunks.has(k) || !manifest[k] || manifest[k].isEntry) return
    chunks.add(k)
    manifest[k].imports?.forEach(visit)
  }
  visit(key)
  const entries = [...chunks].map((k) => manifest[k]!)
  const css = new Set(entries.flatMap((c) => c.css ?? []))
  return [
    ...entries.map((c) => `<link rel="modulepreload" href="/${c.file}">`),
    ...[...css].map((file) => `<link rel="stylesheet" href="/${file}">`),
  ].join('')
}
