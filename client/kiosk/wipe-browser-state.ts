/**
 * Clears everything a browser may keep for this site: local and session storage, every IndexedDB
 * database, the Cache API, and every cookie a script can see. The kiosk calls it between visitors,
 * beside the server's Clear-Site-Data (which needs a secure context and cannot reach the page's memory).
 * Returns what could not be cleared, in words for the log.
 */
export async function wipeBrowserState(win: Window & typeof globalThis = window): Promise<string[]> {
  const problems: string[] = []
  for (const name of ['localStorage', 'sessionStorage'] as const) {
    try {
      win[name].clear()
    } catch (err) {
      problems.push(`${name}: ${(err as Error).message}`)
    }
  }
  expireCookies(win.document, win.location)
  problems.push(...(await deleteDatabases(win)))
  try {
    if ('caches' in win) for (const key of await win.caches.keys()) await win.caches.delete(key)
  } catch (err) {
    problems.push(`caches: ${(err as Error).message}`)
  }
  return problems
}

/** A cookie is removed only with the path and domain it was set with: try them all. */
export function expireCookies(doc: Document, loc: Pick<Location, 'hostname' | 'pathname'>): void {
  const names = doc.cookie.split(';').map((c) => c.split('=')[0]!.trim()).filter(Boolean)
  const segments = loc.pathname.split('/').filter(Boolean)
  const paths = ['/', ...segments.map((_, i) => '/' + segments.slice(0, i + 1).join('/'))]
  const parts = loc.hostname.split('.')
  const domains = ['', ...parts.map((_, i) => parts.slice(i).join('.')).filter((d) => d.includes('.'))]
  for (const name of names) {
    for (const path of paths) {
      for (const domain of domains) {
        doc.cookie = `${name}=; expires=Thu, 01 Jan 1970 00:00:00 GMT; max-age=0; path=${path}${domain ? `; domain=${domain}` : ''}`
      }
    }
  }
}

async function deleteDatabases(win: typeof globalThis): Promise<string[]> {
  if (!win.indexedDB?.databases) return []
  const problems: string[] = []
  for (const db of await win.indexedDB.databases()) {
    if (!db.name) continue
    const name = db.name
    await new Promise<void>((resolve) => {
      const request = win.indexedDB.deleteDatabase(name)
      request.onsuccess = () => resolve()
      request.onerror = () => (problems.push(`IndexedDB ${name}: ${request.error?.message ?? 'not deleted'}`), resolve())
      // Another connection holds it open: the delete completes once that closes; do not wait for it.
      request.onblocked = () => (problems.push(`IndexedDB ${name}: blocked by an open connection`), resolve())
    })
  }
  return problems
}
