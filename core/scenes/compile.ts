import { assign, setup } from 'xstate'
import type { Place, SceneScript, Step } from './script.ts'
import { settle, type JourneyContext, type JourneyEvent } from './journey.ts'
import { stepsById } from './walk.ts'

/** Params of the `cue` action the client provides: play this animation at this place for this step. */
export type CueParams = { cue: string; place: Place; step: string }

/**
 * Compiles a checked scene script into an XState 5 machine: one state per step (key = step id),
 * tagged with the step's kind. Routing is decided by `settle` (journey.ts, over walk.ts), so the
 * machine only names where each event may lead: ANSWER and NEXT along the step's own `next`
 * targets; BACK, EDIT and RESTORE from the root to any step. Scene steps run the named `cue`
 * action on entry; it does nothing until the client provides it:
 *
 * @example
 * const machine = compileScene(script).provide({ actions: { cue: (_, { cue, place }) => hall.play(cue, place) } })
 *
 * Transitions to unknown steps are left out (checkScene reports them); a script whose `start` is
 * not a step cannot become a machine and throws.
 */
export function compileScene(script: SceneScript) {
  const byId = stepsById(script)
  if (!byId.has(script.start)) throw new Error(`scene "${script.id}": start "${script.start}" is not a step; run checkScene first`)
  const memo = new WeakMap<object, WeakMap<JourneyContext, JourneyContext | undefined>>()
  const settled = (context: JourneyContext, event: JourneyEvent): JourneyContext | undefined => {
    let byContext = memo.get(event)
    if (!byContext) memo.set(event, (byContext = new WeakMap()))
    if (!byContext.has(context)) byContext.set(context, settle(script, context, event))
    return byContext.get(context)
  }
  const anywhere = [...byId.keys()].map((to) => transitionTo(to, `.${to}`))

  return setup({
    types: {} as { context: JourneyContext; events: JourneyEvent },
    guards: {
      leadsTo: ({ context, event }, params: { to: string }) => settled(context, event)?.path.at(-1) === params.to,
    },
    actions: {
      settle: assign(({ context, event }) => settled(context, event) ?? context),
      cue: (_, _params: CueParams) => {},
    },
  }).createMachine({
    id: script.id,
    initial: script.start,
    context: { answers: {}, path: [script.start] },
    on: { BACK: anywhere, EDIT: anywhere, RESTORE: anywhere },
    states: Object.fromEntries([...byId.values()].map((step) => [step.id, stateOf(step, byId)])),
  })
}

/** A transition taken when `settle` ends the event at step `to`; `target` is `to` from a sibling, `.to` from the root. */
function transitionTo(to: string, target: string) {
  return { target, guard: { type: 'leadsTo', params: { to } }, actions: 'settle' } as const
}

function stateOf(step: Step, byId: Map<string, Step>) {
  const targets = step.kind === 'outcome' ? [] : [...new Set(typeof step.next === 'string' ? [step.next] : step.next.map((b) => b.to))]
  const along = targets.filter((to) => byId.has(to)).map((to) => transitionTo(to, to))
  switch (step.kind) {
    case 'question':
      return { tags: ['question'], on: { ANSWER: along } }
    case 'scene':
      return {
        tags: ['scene'],
        entry: [{ type: 'cue', params: { cue: step.cue, place: step.place, step: step.id } }] as const,
        on: { NEXT: along },
      }
    case 'info':
      return { tags: ['info'], on: { NEXT: along } }
    case 'outcome':
      // Not a final state: the visitor may still go back or change an answer from the list.
      return { tags: ['outcome'] }
  }
}
