import { initialTransition, transition } from 'xstate'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { shippedContent } from '../../test/fixtures/shipped-content.ts'
import { compileScene, type JourneyEvent } from './compile.ts'
import { buildOutcome, buildOutcomeOnRoute } from './outcome.ts'
import { enumeratePaths } from './paths.ts'
import { walkAnswers, walkPath } from './walk.ts'

// Count every walk of the answers and every list built, wherever in core they are asked for.
vi.mock('./walk.ts', async (original) => {
  const real = await original<typeof import('./walk.ts')>()
  return { ...real, walkAnswers: vi.fn(real.walkAnswers), walkPath: vi.fn(real.walkPath) }
})
vi.mock('./outcome.ts', async (original) => {
  const real = await original<typeof import('./outcome.ts')>()
  return { ...real, buildOutcome: vi.fn(real.buildOutcome), buildOutcomeOnRoute: vi.fn(real.buildOutcomeOnRoute) }
})

const walks = () => vi.mocked(walkAnswers).mock.calls.length + vi.mocked(walkPath).mock.calls.length
const builds = () => vi.mocked(buildOutcome).mock.calls.length + vi.mocked(buildOutcomeOnRoute).mock.calls.length
beforeEach(() => vi.clearAllMocks())

/**
 * Issue 14, item 4: one walk of the answers per event, and the list built once per change — not on
 * Back, on the check page's Confirm, or on opening a question to change it.
 */
describe.each(shippedContent.scenes.map((s) => [s.id, s] as const))('the work the journey machine does per event in %s', (_, script) => {
  const machine = compileScene(script)
  const route = enumeratePaths(script).at(-1)!

  it('walks the answers at most once per event, and builds the list only when the answers or the catalogue change', () => {
    let [snapshot] = initialTransition(machine)
    const step = (event: JourneyEvent) => {
      vi.clearAllMocks()
      ;[snapshot] = transition(machine, snapshot, event)
      return { walks: walks(), builds: builds() }
    }
    expect(step({ type: 'CATALOGUE', catalogue: shippedContent })).toEqual({ walks: 0, builds: 0 })
    while (snapshot.context.screen.kind === 'question') {
      const id = snapshot.context.screen.question.id
      const work = step({ type: 'ANSWER', value: route.answers[id]! })
      expect(work.walks, `answering ${id}`).toBe(1)
      // The list is built once, when the last answer ends the route.
      expect(work.builds, `answering ${id}`).toBe(snapshot.context.walk.ended ? 1 : 0)
    }
    expect(snapshot.value).toBe('check')
    expect(step({ type: 'CONFIRM' })).toEqual({ walks: 0, builds: 0 })
    expect(step({ type: 'BACK' })).toEqual({ walks: 0, builds: 0 })
    const question = snapshot.context.walk.questions[0]!
    expect(step({ type: 'EDIT', question })).toEqual({ walks: 0, builds: 0 })
    expect(step({ type: 'ANSWER', value: route.answers[question]! })).toEqual({ walks: 1, builds: 1 })
    expect(step({ type: 'RESTORE', answers: route.answers, at: { page: 'list' } })).toEqual({ walks: 1, builds: 1 })
  })
})
