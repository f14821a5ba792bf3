/**
 * One hostile client for abuse.bench.ts: from one address it keeps IN_FLIGHT requests going with the
 * worst draft bodies it is allowed to send: the largest draft the form accepts (created and saved
 * over and over), the 250 KB body of 28,000 unknown keys of issue 15, 634 levels of nesting, a
 * body just under DRAFT_MAX_KB of one long string, and one just over it. It prints `ready`, then attacks while its stdin
 * last said `on` and waits while it said `off`; on `end` (or when stdin closes) it prints its answers
 * by status as one JSON line and exits.
 *
 *   npx tsx test/bench/hostile-client.ts http://127.0.0.1:8080 [in flight: 6] [draft tokens to save over, comma-separated]
 */
import { createInterface } from 'node:readline'
import { readFileSync } from 'node:fs'
import http from 'node:http'
import { FormDefinition, type FormField } from '../../core/content/form.ts'
import { defaultMaxItems, defaultMaxLength } from '../../core/forms/draft-shape.ts'
import { repoRoot } from '../../server/settings.ts'

const [origin = 'http://127.0.0.1:8080', inFlight = '6', given = ''] = process.argv.slice(2)
const form = FormDefinition.parse(JSON.parse(readFileSync(`${repoRoot}/content/forms/food-business-licence.json`, 'utf8')))

/** Every field at its longest, every group at its most items, every choice chosen. */
function largest(fields: readonly FormField[]): Record<string, unknown> {
  return Object.fromEntries(
    fields.map((f) => {
      if (f.type === 'group') return [f.id, Array.from({ length: f.maxItems ?? defaultMaxItems }, () => largest(f.fields ?? []))]
      if (f.type === 'checkbox') return [f.id, f.options ? f.options.map((o) => o.value) : true]
      if (f.type === 'number') return [f.id, 123456789]
      return [f.id, '填'.repeat(f.maxLength ?? defaultMaxLength[f.type])]
    }),
  )
}

export const largestDraft = largest(form.sections.flatMap((s) => s.fields))
const bodies = {
  largest: JSON.stringify({ formId: form.id, data: largestDraft }),
  unknownKeys: JSON.stringify({ formId: form.id, data: Object.fromEntries(Array.from({ length: 28_000 }, (_, i) => [i.toString(36), 1])) }),
  deep: `{"formId":"${form.id}","data":${'{"x":['.repeat(634)}${']}'.repeat(634)}}`,
  longString: JSON.stringify({ formId: form.id, data: { 'operator-name': 'x'.repeat(255 * 1024) } }),
  // Over the limit, refused by its Content-Length alone.
  tooLarge: JSON.stringify({ formId: form.id, data: { 'operator-name': 'x'.repeat(300 * 1024) } }),
}

const answers: Record<string, number> = {}
const tokens: { token: string; revision: number }[] = given.split(',').filter((t) => t !== '').map((token) => ({ token, revision: 1 }))
const encoded = Object.fromEntries(Object.entries(bodies).map(([k, v]) => [k, Buffer.from(v)])) as Record<keyof typeof bodies, Buffer>
// Plain node:http with kept-alive sockets: the client should spend as little CPU as it can on this shared machine.
const agent = new http.Agent({ keepAlive: true, maxSockets: 16 })

function send(method: string, path: string, body: Buffer): Promise<{ status: number; text: string }> {
  return new Promise((resolve, reject) => {
    const req = http.request(`${origin}${path}`, { method, agent, headers: { 'Content-Type': 'application/json', 'Content-Length': body.length } }, (res) => {
      const keep = res.statusCode === 201 || res.statusCode === 200 || res.statusCode === 409
      let text = ''
      if (keep) res.setEncoding('utf8').on('data', (chunk: string) => (text += chunk))
      else res.resume()
      res.on('end', () => resolve({ status: res.statusCode ?? 0, text }))
    })
    // A server that refuses a body unread closes the connection while the body is still going out.
    req.on('error', (e: NodeJS.ErrnoException) => (e.code === 'ECONNRESET' || e.code === 'EPIPE' ? resolve({ status: 0, text: '' }) : reject(e)))
    req.end(body)
  })
}

async function oneRequest(i: number): Promise<void> {
  const kinds = ['largest', 'save', 'unknownKeys', 'deep', 'longString', 'tooLarge'] as const
  const kind = kinds[i % kinds.length]!
  const draft = kind === 'save' && tokens.length > 0 ? tokens[i % tokens.length]! : null
  const res = draft
    ? await send('PUT', `/api/drafts/${draft.token}`, Buffer.from(JSON.stringify({ data: largestDraft, revision: draft.revision })))
    : await send('POST', '/api/drafts', encoded[kind === 'save' ? 'largest' : kind])
  const key = `${kind} ${res.status}`
  answers[key] = (answers[key] ?? 0) + 1
  if (res.text === '') return
  const body = JSON.parse(res.text) as { token?: string; revision?: number; error?: { details?: { currentRevision?: number } } }
  if (res.status === 201 && body.token) tokens.push({ token: body.token, revision: body.revision ?? 1 })
  if (res.status === 200 && draft && body.revision) draft.revision = body.revision
  // A draft saved elsewhere since: learn its revision from the conflict and save over it next time.
  if (res.status === 409 && draft) draft.revision = body.error?.details?.currentRevision ?? draft.revision
}

const state = { on: false, ended: false }
const waiting: (() => void)[] = []
const wake = () => waiting.splice(0).forEach((resume) => resume())
createInterface({ input: process.stdin }).on('line', (line) => {
  state.on = line.trim() === 'on'
  state.ended ||= line.trim() === 'end'
  wake()
}).on('close', () => {
  state.ended = true
  wake()
})

async function worker(start: number): Promise<void> {
  for (let i = start; !state.ended; i += Number(inFlight)) {
    if (!state.on) await new Promise<void>((resolve) => waiting.push(resolve))
    else await oneRequest(i).catch(() => void (answers.error = (answers.error ?? 0) + 1))
  }
}

console.log('ready')
await Promise.all(Array.from({ length: Number(inFlight) }, (_, i) => worker(i)))
console.log(JSON.stringify({ largestDraftBytes: bodies.largest.length, answers }))
agent.destroy()
