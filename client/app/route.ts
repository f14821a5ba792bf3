/** The pages of the app, read from a URL path and query. */
export type Route =
  | { name: 'home' }
  | { name: 'situation'; id: string; answers: string | null }
  | { name: 'matter'; id: string }
  | { name: 'department'; id: string }
  | { name: 'search'; q: string }
  | { name: 'not-found'; path: string }

const id = '([a-z0-9]+(?:-[a-z0-9]+)*)'

/** `matchRoute('/situations/open-restaurant', '?a=...')` -> `{ name: 'situation', id: 'open-restaurant', answers: '...' }` */
export function matchRoute(pathname: string, search: string): Route {
  const path = pathname.replace(/\/+$/, '') || '/'
  const params = new URLSearchParams(search)
  if (path === '/') return { name: 'home' }
  if (path === '/search') return { name: 'search', q: params.get('q') ?? '' }
  let m = new RegExp(`^/situations/${id}$`).exec(path)
  if (m) return { name: 'situation', id: m[1]!, answers: params.get('a') }
  m = new RegExp(`^/matters/${id}$`).exec(path)
  if (m) return { name: 'matter', id: m[1]! }
  m = new RegExp(`^/departments/${id}$`).exec(path)
  if (m) return { name: 'department', id: m[1]! }
  return { name: 'not-found', path }
}
