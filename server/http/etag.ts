import { createHash } from 'node:crypto'
import { gzipSync } from 'node:zlib'
import type { Context } from 'hono'

/**
 * A JSON body serialised and UTF-8 encoded once, with its strong ETag (a hash of exactly these bytes),
 * and its gzip bytes, made the first time a browser asks for them.
 */
export type Representation = { body: Uint8Array<ArrayBuffer>; etag: string; gzip?: Uint8Array<ArrayBuffer> }

/** Below this, compressing saves less than the headers it adds. */
const compressFrom = 1024

/** Content changes only when the catalogue does; a minute's caching, then a cheap revalidation. */
export const contentCacheControl = 'public, max-age=60, must-revalidate'

/** Serialises and hashes a value. Call it once per catalogue version, not per request. */
export function represent(value: unknown): Representation {
  const body = new TextEncoder().encode(JSON.stringify(value))
  return { body, etag: `"${createHash('sha256').update(body).digest('base64url').slice(0, 32)}"` }
}

/** RFC 9110 §13.1.2: If-None-Match uses the weak comparison, and `*` matches any current representation. */
export function matchesIfNoneMatch(header: string | undefined, etag: string): boolean {
  if (header === undefined) return false
  return header.split(',').some((tag) => {
    const t = tag.trim()
    return t === '*' || t === etag || t === `W/${etag}`
  })
}

/** True when Accept-Encoding lists gzip (or `*`) without `q=0`. */
export function acceptsGzip(header: string | undefined): boolean {
  if (header === undefined) return false
  return header.split(',').some((part) => {
    const [coding, ...params] = part.trim().toLowerCase().split(';')
    const q = params.map((p) => /^\s*q=([\d.]+)\s*$/.exec(p)?.[1]).find((v) => v !== undefined)
    return (coding === 'gzip' || coding === '*') && (q === undefined || Number(q) > 0)
  })
}

/**
 * Answers with the representation (gzipped for browsers that accept it: a phone on a slow network waits
 * for a quarter of the bytes), or 304 Not Modified when the client already holds it. The gzip variant's
 * ETag is the weak form of the same tag, so either variant revalidates the other.
 */
export function sendRepresentation(c: Context, rep: Representation): Response {
  const compressible = rep.body.length >= compressFrom
  const headers: Record<string, string> = { ETag: rep.etag, 'Cache-Control': contentCacheControl }
  if (compressible) headers.Vary = 'Accept-Encoding'
  if (matchesIfNoneMatch(c.req.header('If-None-Match'), rep.etag)) return c.body(null, 304, headers)
  if (compressible && acceptsGzip(c.req.header('Accept-Encoding'))) {
    rep.gzip ??= gzipSync(rep.body, { level: 9 }) as Uint8Array<ArrayBuffer>
    return c.body(rep.gzip, 200, { ...headers, ETag: `W/${rep.etag}`, 'Content-Encoding': 'gzip', 'Content-Type': 'application/json; charset=UTF-8' })
  }
  return c.body(rep.body, 200, { ...headers, 'Content-Type': 'application/json; charset=UTF-8' })
}

/**
 * Representations by key (a path, or a path plus a canonical query), made on first use. The app is
 * built per catalogue, so this cache lives exactly as long as one catalogue version. Least recently
 * used entries go first once `limit` is reached, so free-text queries cannot grow it without bound.
 */
export class RepresentationCache {
  readonly #entries = new Map<string, Representation>()
  constructor(readonly limit = 2000) {}

  get(key: string, make: () => unknown): Representation {
    const hit = this.#entries.get(key)
    if (hit !== undefined) {
      this.#entries.delete(key)
      this.#entries.set(key, hit)
      return hit
    }
    const rep = represent(make())
    if (this.#entries.size >= this.limit) this.#entries.delete(this.#entries.keys().next().value as string)
    this.#entries.set(key, rep)
    return rep
  }

  get size(): number {
    return this.#entries.size
  }
}
