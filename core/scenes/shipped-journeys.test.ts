import { initialTransition, transition } from 'xstate'
import { describe, expect, it } from 'vitest'
import { shippedContent } from '../../test/fixtures/shipped-content.ts'
import type { Answers } from '../conditions/condition.ts'
import { compileScene, type JourneyEvent } from './compile.ts'
import type { HallCue } from './hall-cues.ts'
import { enumeratePaths } from './paths.ts'
import { buildOutcome } from './outcome.ts'
import { stepIndex } from './screens.ts'

/** Answers straight through to the check page. */
function atCheck(machine: ReturnType<typeof compileScene>, answers: Answers) {
  let [snapshot] = initialTransition(machine)
  while (snapshot.context.screen.kind === 'question') {
    ;[snapshot] = transition(machine, snapshot, { type: 'ANSWER', value: answers[snapshot.context.screen.question.id]! })
  }
  return snapshot
}

/**
 * Every route of every shipped script, driven through the pure machine as a visitor would: one
 * activation per answer, one to confirm the check page. The goal of issue 14: from the first screen
 * to the list in at most (questions on the route + 2) activations, with progress that never shows a
 * total that later grows, and the hall told every scene of the route once, in order.
 */
describe.each(shippedContent.scenes.map((script) => [script.id, script] as const))('the shipped journey %s', { timeout: 120_000 }, (_, script) => {
  const machine = compileScene(script)
  const routes = enumeratePaths(script)

  it('has routes to walk', () => expect(routes.length).toBeGreaterThan(0))

  it('reaches the list on every route in at most the questions on it + 2 activations', () => {
    for (const route of routes) {
      let [snapshot] = initialTransition(machine)
      let activations = 0
      for (let i = 0; i < 100 && snapshot.context.screen.kind === 'question'; i++) {
        ;[snapshot] = transition(machine, snapshot, { type: 'ANSWER', value: route.answers[snapshot.context.screen.question.id]! })
        activations++
      }
      expect(snapshot.value, route.path.join(' > ')).toBe('check')
      ;[snapshot] = transition(machine, snapshot, { type: 'CONFIRM' })
      activations++
      expect(snapshot.value).toBe('list')
      expect(snapshot.context.walk.stop).toBe(route.outcome)
      const questions = route.path.filter((id) => stepIndex(script).get(id)?.kind === 'question').length
      expect(activations, route.path.join(' > ')).toBeLessThanOrEqual(questions + 2)
    }
  })

  it('counts questions one by one and never shows a total that later grows', () => {
    for (const route of routes) {
      let [snapshot] = initialTransition(machine)
      let most = Infinity
      let number = 0
      while (snapshot.context.screen.kind === 'question') {
        const progress = snapshot.context.progress!
        expect(progress.number).toBe(number + 1)
        expect(progress.left.fewest).toBeLessThanOrEqual(progress.left.most)
        expect(progress.number + progress.left.most, route.path.join(' > ')).toBeLessThanOrEqual(most)
        most = progress.number + progress.left.most
        number = progress.number
        ;[snapshot] = transition(machine, snapshot, { type: 'ANSWER', value: route.answers[snapshot.context.screen.question.id]! })
      }
      // The last question said how many were left, and it was right.
      expect(number).toBe(snapshot.context.walk.questions.length)
    }
  })

  it('tells the hall every scene of the route once, in order: along the questions, then the visit with the check page', () => {
    for (const route of routes) {
      const told: HallCue[] = []
      let [snapshot, actions] = initialTransition(machine)
      // transition() returns emitted events as actions of type 'xstate.emit' (its typings omit that type).
      const collect = (list: { type: string; params?: unknown }[]) => list.forEach((a) => a.type === 'xstate.emit' && told.push((a.params as { event: HallCue }).event))
      collect(actions)
      while (snapshot.context.screen.kind === 'question') {
        ;[snapshot, actions] = transition(machine, snapshot, { type: 'ANSWER', value: route.answers[snapshot.context.screen.question.id]! })
        collect(actions)
      }
      const scenesOnRoute = route.path.filter((id) => stepIndex(script).get(id)?.kind === 'scene')
      expect(told.at(-1)?.type).toBe('hall.route')
      expect(told.flatMap((c) => c.scenes.map((s) => s.step))).toEqual(scenesOnRoute)
    }
  })

  it('on every route, changes an answer from the check page and returns to it, then reaches the same list as answering straight through', () => {
    // From the first route's check page, the citizen changes answers one at a time until they are another route's.
    const from = routes[0]!
    for (const route of routes) {
      let snapshot = atCheck(machine, from.answers)
      for (let edits = 0; edits < 100; edits++) {
        const answers = snapshot.context.walk.answers
        const differs = snapshot.context.walk.questions.find((id) => JSON.stringify(answers[id]) !== JSON.stringify(route.answers[id]))
        if (differs === undefined) break
        ;[snapshot] = transition(machine, snapshot, { type: 'EDIT', question: differs })
        expect(snapshot.context.screen.kind === 'question' && snapshot.context.screen.question.id).toBe(differs)
        // The changed answer, then any question the change adds, then the check page again.
        while (snapshot.context.screen.kind === 'question') {
          ;[snapshot] = transition(machine, snapshot, { type: 'ANSWER', value: route.answers[snapshot.context.screen.question.id]! })
        }
        expect(snapshot.value, `${route.path.join(' > ')} after changing ${differs}`).toBe('check')
      }
      expect(snapshot.context.walk.answers).toEqual(route.answers)
      ;[snapshot] = transition(machine, snapshot, { type: 'CONFIRM' })
      expect(snapshot.value).toBe('list')
      expect(snapshot.context.walk.stop).toBe(route.outcome)
    }
  })

  it('restores a share link of every route straight on its list, and a link cut short on the first question it lacks', () => {
    for (const route of routes) {
      const [start] = initialTransition(machine)
      const [full] = transition(machine, start, { type: 'RESTORE', answers: route.answers })
      expect(full.value, route.path.join(' > ')).toBe('list')
      expect(full.context.walk.stop).toBe(route.outcome)
      const questions = route.path.filter((id) => id in route.answers)
      const kept = Object.fromEntries(questions.slice(0, -1).map((id) => [id, route.answers[id]!]))
      const [cut] = transition(machine, start, { type: 'RESTORE', answers: kept })
      expect(cut.context.screen.kind === 'question' && cut.context.screen.question.id, route.path.join(' > ')).toBe(questions.at(-1))
    }
  })

  it('goes back question by question to the first, then forward again through history entries', () => {
    const route = routes.at(-1)!
    let [snapshot] = initialTransition(machine)
    const visited: string[] = []
    while (snapshot.context.screen.kind === 'question') {
      visited.push(snapshot.context.screen.question.id)
      ;[snapshot] = transition(machine, snapshot, { type: 'ANSWER', value: route.answers[snapshot.context.screen.question.id]! })
    }
    const back: string[] = []
    for (;;) {
      ;[snapshot] = transition(machine, snapshot, { type: 'BACK' } satisfies JourneyEvent)
      if (snapshot.context.screen.kind !== 'question' || back.at(-1) === snapshot.context.screen.question.id) break
      back.push(snapshot.context.screen.question.id)
    }
    expect(back).toEqual([...visited].reverse())
    const answers = snapshot.context.walk.answers
    for (const question of visited) {
      ;[snapshot] = transition(machine, snapshot, { type: 'RESTORE', answers, at: { question } })
      expect(snapshot.context.screen.kind === 'question' && snapshot.context.screen.question.id).toBe(question)
    }
    ;[snapshot] = transition(machine, snapshot, { type: 'RESTORE', answers, at: { page: 'list' } })
    expect(snapshot.value).toBe('list')
  })
})

describe('the shipped second-hand home\'s promised limits by case', () => {
  const script = shippedContent.scenes.find((s) => s.id === 'second-hand-home')!
  const loanOn = (bankMortgage: boolean) => {
    const route = enumeratePaths(script).find((r) => r.answers['provident-fund-loan'] === true && r.answers['bank-mortgage'] === bankMortgage)!
    const outcome = buildOutcome(script, shippedContent, route.answers)!
    return { limit: outcome.items.find((i) => i.matterId === 'housing-fund-loan')!.promisedLimit, longest: outcome.totals.longestPromisedDays }
  }

  it('promises a combined loan (fund and bank) in 10 working days, and a fund-only loan in the guide\'s 5', () => {
    expect(loanOn(true).limit).toMatchObject({ value: 10, unit: '工作日', note: { zh: '组合贷款由公积金中心和商业银行分别审批，自受理之日起10个工作日内作出决定，不含抵押登记和放款。' } })
    expect(loanOn(false).limit).toMatchObject({ value: 5, unit: '工作日', note: { zh: '指作出审批决定的时间，不含抵押登记和放款。' } })
  })

  it('makes the list wait for the combined loan: the mortgage registration (3) follows the loan', () => {
    // loan 10 -> mortgage 3 = 13 against loan 5 -> mortgage 3 = 8 (tax 0 -> transfer 3 -> mortgage 3 is 6).
    expect(loanOn(true).longest).toBe(13)
    expect(loanOn(false).longest).toBe(8)
  })
})
