/**
 * Signs in without a browser, as a browser would: the site's /auth/login, the demo provider's sign-in
 * page (choosing a demo citizen), its redirects, and the site's /auth/callback. Keeps the provider's
 * cookies in a small jar. `site` sends a request to the site under test (app.request or fetch) and
 * `siteOrigin` is its PUBLIC_ORIGIN, where the provider sends the browser back.
 *
 * @example const cookie = await demoSignIn((path, init) => app.request(path, init), 'http://lobby.test', 'demo-li-min')
 */
export async function demoSignIn(
  site: (path: string, init?: RequestInit) => Response | Promise<Response>,
  siteOrigin: string,
  citizenId: string,
  returnTo = '/',
): Promise<{ cookie: string; landedOn: string }> {
  const login = await site(`/auth/login?return=${encodeURIComponent(returnTo)}`)
  if (login.status !== 302) throw new Error(`/auth/login answered ${login.status}: ${await login.text()}`)
  const loginCookie = cookiesOf(login).join('; ')
  const jar = new Map<string, string>()
  const send = async (url: string, init: RequestInit = {}) => {
    const res = await fetch(url, { ...init, redirect: 'manual', headers: { ...(init.headers as Record<string, string>), cookie: [...jar].map(([k, v]) => `${k}=${v}`).join('; ') } })
    for (const c of cookiesOf(res)) jar.set(c.slice(0, c.indexOf('=')), c.slice(c.indexOf('=') + 1))
    return res
  }
  let res = await send(login.headers.get('location')!)
  let interaction: string | null = null
  // Follow the provider's redirects until it sends the browser back to the site.
  for (let hop = 0; hop < 10; hop++) {
    const location = new URL(res.headers.get('location') ?? '', res.url || login.headers.get('location')!)
    if (location.origin === siteOrigin) {
      const back = await site(location.pathname + location.search, { headers: { cookie: loginCookie } })
      const session = cookiesOf(back).find((c) => c.startsWith('lobby_session='))
      if (!session) throw new Error(`the callback set no session (${back.status} ${back.headers.get('location')})`)
      return { cookie: session, landedOn: back.headers.get('location') ?? '' }
    }
    if (location.pathname.startsWith('/interaction/') && interaction !== location.href) {
      interaction = location.href
      const page = await send(location.href)
      if (!(await page.text()).includes(citizenId)) throw new Error(`the demo sign-in page does not offer ${citizenId}`)
      res = await send(location.href, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: `citizen=${citizenId}` })
    } else {
      res = await send(location.href)
    }
  }
  throw new Error('signing in did not come back to the site within 10 redirects')
}

/** `name=value` of each Set-Cookie header. */
function cookiesOf(res: Response): string[] {
  return res.headers.getSetCookie().map((c) => c.split(';')[0]!)
}
