/**
 * Scene engine benchmark: `npx tsx test/bench/scenes.bench.ts` (plain Node, no Vitest).
 * Times checkScene + full route enumeration on a generated 500-step script against the 200 ms goal,
 * compares with parsing and zod-validating the same script in the same run, and times compiling
 * every shipped script in scenes/.
 */
import { readdirSync, readFileSync } from 'node:fs'
import { performance } from 'node:perf_hooks'
import { checkScene } from '../../core/scenes/check-scene.ts'
import { compileScene } from '../../core/scenes/compile.ts'
import { enumeratePaths } from '../../core/scenes/paths.ts'
import { SceneScript } from '../../core/scenes/script.ts'
import { catalogue } from '../fixtures/catalogue.ts'
import { generateScript } from './large-script.ts'

const goalMs = 200
const runs = 9

function median(times: number[]): number {
  const sorted = [...times].sort((a, b) => a - b)
  return sorted[Math.floor(sorted.length / 2)]!
}

function time(fn: () => unknown): number {
  const times: number[] = []
  fn() // warm-up
  for (let i = 0; i < runs; i++) {
    const start = performance.now()
    fn()
    times.push(performance.now() - start)
  }
  return median(times)
}

const raw = generateScript(500)
const text = JSON.stringify(raw)
const script = SceneScript.parse(raw)
const problems = checkScene(script, catalogue)
const paths = enumeratePaths(script, { limit: 100_000 })

const checkAndPaths = time(() => {
  checkScene(script, catalogue)
  enumeratePaths(script, { limit: 100_000 })
})
const parseAndValidate = time(() => SceneScript.parse(JSON.parse(text)))
const compile = time(() => compileScene(script))

console.log(`scenes: generated script  ${script.steps.length} steps, ${paths.length} routes, ${problems.length} problems`)
console.log(`scenes: check+paths ${script.steps.length} steps  median ${checkAndPaths.toFixed(1)} ms  (goal ≤ ${goalMs} ms, ${(checkAndPaths / goalMs).toFixed(2)}× of goal)`)
console.log(`scenes: baseline JSON.parse+zod ${script.steps.length} steps  median ${parseAndValidate.toFixed(1)} ms  (check+paths is ${(checkAndPaths / parseAndValidate).toFixed(1)}× the baseline)`)
console.log(`scenes: compile ${script.steps.length} steps  median ${compile.toFixed(1)} ms`)

const scenesDir = new URL('../../scenes/', import.meta.url)
const shipped = (() => {
  try {
    return readdirSync(scenesDir).filter((f) => f.endsWith('.json')).sort()
  } catch {
    return []
  }
})()
if (shipped.length === 0) console.log('scenes: no shipped scripts in scenes/ yet')
for (const file of shipped) {
  const parsed = SceneScript.safeParse(JSON.parse(readFileSync(new URL(file, scenesDir), 'utf8')))
  if (!parsed.success) {
    console.log(`scenes: compile scenes/${file}  FAILED: does not match the scene schema (${parsed.error.issues.length} issues; run npm run check)`)
    continue
  }
  const ms = time(() => compileScene(parsed.data))
  console.log(`scenes: compile scenes/${file}  ${parsed.data.steps.length} steps  median ${ms.toFixed(2)} ms`)
}
