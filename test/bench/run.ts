import { spawnSync } from 'node:child_process'
import { readdirSync } from 'node:fs'
import { dirname, join, relative } from 'node:path'
import { fileURLToPath } from 'node:url'

/**
 * `npm run bench`: runs every test/bench/*.bench.ts in turn, each in its own tsx process so one
 * bench's servers and heap cannot skew the next. Exits 1 if any bench crashes (a non-zero exit).
 */
const here = dirname(fileURLToPath(import.meta.url))
const root = join(here, '../..')
const benches = readdirSync(here).filter((f) => f.endsWith('.bench.ts')).sort()
const tsx = join(root, 'node_modules/.bin/tsx')
const crashed: string[] = []

for (const file of benches) {
  const path = relative(root, join(here, file))
  console.log(`\n=== ${path} ===`)
  const started = performance.now()
  const run = spawnSync(tsx, [path], { cwd: root, stdio: 'inherit', timeout: 10 * 60_000 })
  const seconds = ((performance.now() - started) / 1000).toFixed(1)
  if (run.status !== 0) {
    crashed.push(path)
    console.log(`--- ${path} crashed (${run.error?.message ?? `exit ${run.status ?? run.signal}`}) after ${seconds} s`)
  } else console.log(`--- ${path} done in ${seconds} s`)
}

console.log(`\n${benches.length - crashed.length} of ${benches.length} benches ran${crashed.length > 0 ? `; crashed: ${crashed.join(', ')}` : ''}.`)
process.exit(crashed.length > 0 ? 1 : 0)
