import { createRequire } from 'node:module'
import { loadavg } from 'node:os'
import { startDemoProvider } from '../../server/identity/demo-provider.ts'
import { demoSignIn } from '../support/demo-sign-in.ts'
import { shippedFoodLicenceData } from '../support/food-licence-data.ts'
import { freePort } from '../support/free-port.ts'
import { startServer } from '../support/server-process.ts'

/**
 * Signed-in against anonymous reading of one's applications (issue 19; goal: ratio >= 0.8): the same
 * application's progress through GET /api/me/applications with a session cookie (the session is looked up,
 * opened and renewed as needed) and through the anonymous GET /api/applications/lookup by number and the
 * last 4 characters of the ID number. The real server (server/main.ts) against the demo OpenID provider,
 * loopback; runs alternate and the better of each kind counts.
 */
type Result = { requests: { average: number }; latency: { p99: number }; non2xx: number; errors: number }
type Autocannon = (opts: { url: string; connections: number; duration: number; headers?: Record<string, string> }) => Promise<Result>
const autocannon = createRequire(import.meta.url)('autocannon') as Autocannon
const goal = 0.8

const port = await freePort()
const origin = `http://127.0.0.1:${port}`
const op = await startDemoProvider({ siteOrigin: origin })
const server = await startServer({ PORT: String(port), PUBLIC_ORIGIN: origin, OIDC_ISSUER: op.issuer, OIDC_CLIENT_ID: op.clientId, OIDC_CLIENT_SECRET: op.clientSecret, LOOKUP_RATE_PER_MINUTE: '100000000', LOG_LEVEL: 'warn' })
try {
  const site = (path: string, init?: RequestInit) => fetch(`${origin}${path}`, { ...init, redirect: 'manual' })
  const { cookie } = await demoSignIn(site, origin, 'demo-li-min')
  const json = { cookie, 'content-type': 'application/json' }
  const data = shippedFoodLicenceData()
  const draft = (await (await site('/api/drafts', { method: 'POST', headers: json, body: JSON.stringify({ formId: 'food-business-licence', data }) })).json()) as { token: string }
  const submitted = (await (await site(`/api/drafts/${draft.token}/submit`, { method: 'POST', headers: json, body: '{}' })).json()) as { application: { number: string } }
  const number = submitted.application.number
  const signedIn = { url: `${origin}/api/me/applications`, headers: { cookie } }
  const anonymous = { url: `${origin}/api/applications/lookup?number=${number}&idLast4=${String(data['legal-representative-id']).slice(-4)}`, headers: {} }
  for (const run of [signedIn, anonymous]) {
    const res = await fetch(run.url, { headers: run.headers })
    if (res.status !== 200 || !(await res.text()).includes(number)) throw new Error(`${run.url} does not answer the application (${res.status})`)
    await autocannon({ ...run, connections: 10, duration: 1 }) // warm up
  }
  const rounds: { signedIn: Result; anonymous: Result }[] = []
  for (let round = 0; round < 3; round++) {
    rounds.push({ signedIn: await autocannon({ ...signedIn, connections: 20, duration: 5 }), anonymous: await autocannon({ ...anonymous, connections: 20, duration: 5 }) })
  }
  const best = (key: 'signedIn' | 'anonymous') => rounds.map((r) => r[key]).reduce((a, b) => (b.requests.average > a.requests.average ? b : a))
  const s = best('signedIn')
  const a = best('anonymous')
  const ratio = s.requests.average / a.requests.average
  console.log(`machine load average ${loadavg()[0]!.toFixed(1)}; autocannon 20 connections x 5 s, best of 3 alternating runs`)
  console.log(`signed in   GET /api/me/applications: ${Math.round(s.requests.average)} req/s (p99 ${s.latency.p99} ms, non-2xx ${s.non2xx}, errors ${s.errors})`)
  console.log(`anonymous   GET /api/applications/lookup: ${Math.round(a.requests.average)} req/s (p99 ${a.latency.p99} ms, non-2xx ${a.non2xx}, errors ${a.errors})`)
  console.log(`ratio signed-in / anonymous ${ratio.toFixed(2)} (goal >= ${goal}) ${ratio >= goal ? 'OK' : 'BELOW GOAL'}`)
} finally {
  await server.stop()
  await op.close()
}
