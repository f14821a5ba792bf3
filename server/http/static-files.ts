import { readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { serveStatic } from '@hono/node-server/serve-static'
import type { Context, MiddlewareHandler } from 'hono'
import { cleanPath, pagePaths } from '../../core/routes/page-paths.ts'
import { readManifest, routePreloads, type KnownIds } from './route-preloads.ts'

/** Vite names built assets `assets/<name>-<hash>.<ext>`; their bytes never change, so cache them for a year. */
const hashedAsset = /^\/assets\/.+[-.][A-Za-z0-9_-]{8,}\.[a-z0-9]+$/
export const immutableCacheControl = 'public, max-age=31536000, immutable'
/** index.html and unhashed files must be revalidated, or a new release would not reach browsers. */
export const revalidateCacheControl = 'no-cache'

export function isApiPath(path: string): boolean {
  return path === '/api' || path.startsWith('/api/')
}

/**
 * Serves the built client from `clientDir`; API paths and missing files fall through. Text files go
 * out as the `.br`/`.gz` the build wrote beside them when the browser accepts that encoding.
 */
export function clientFiles(clientDir: string): MiddlewareHandler {
  const files = serveStatic({ root: clientDir, precompressed: true })
  return async (c, next) => {
    // The page itself comes from spaFallback, which adds the preload hints of the URL's page.
    if (isApiPath(c.req.path) || c.req.path === '/' || c.req.path === '/index.html') return next()
    const res = await files(c, next)
    // serveStatic answers a found file itself (a Response) and otherwise passes on to next().
    if (res instanceof Response) res.headers.set('Cache-Control', hashedAsset.test(c.req.path) ? immutableCacheControl : revalidateCacheControl)
    return res
  }
}

/**
 * History fallback: any other GET outside /api gets index.html, so the client's router can show
 * `/situations/open-restaurant` after a reload, with preload hints for that page's code and data.
 * Read once, after the first request finds it built. Returns null when the client is not built (the
 * caller answers 404).
 */
export function spaFallback(clientDir: string, known: KnownIds): (c: Context) => Response | null {
  let built: { html: string; hints: (path: string) => string } | undefined
  const indexPath = join(clientDir, 'index.html')
  return (c) => {
    if (c.req.method !== 'GET' && c.req.method !== 'HEAD') return null
    if (built === undefined) {
      if (!statSync(indexPath, { throwIfNoEntry: false })?.isFile()) return null
      built = { html: readFileSync(indexPath, 'utf8'), hints: routePreloads(readManifest(clientDir), known) }
    }
    const hints = built.hints(c.req.path)
    const html = hints === '' ? built.html : built.html.replace('</head>', `${hints}</head>`)
    // An old draft link has the token in its path: the page's own files, fetched before its script moves
    // the token out of the address, must not carry it away in their Referer.
    const oldDraftLink = pagePaths.oldDraftLink.test(cleanPath(c.req.path))
    return c.html(html, 200, { 'Cache-Control': revalidateCacheControl, ...(oldDraftLink ? { 'Referrer-Policy': 'no-referrer' } : {}) })
  }
}
