import { initialTransition, transition } from 'xstate'
import { describe, expect, it } from 'vitest'
import { autosaveMachine, unsavedIn, type AutosaveEvent, type SaveFailure, type SaveResult } from './autosave-machine.ts'

type Snapshot = ReturnType<typeof initialTransition<typeof autosaveMachine>>[0]
type Step = AutosaveEvent | { answer: SaveResult | SaveFailure }

const saved = (revision: number): SaveResult => ({ kind: 'saved', id: 'draft-1', revision, expiresAt: '2026-12-26T02:00:00.000Z', updatedAt: '2026-11-26T02:40:00.000Z' })
const newer = { revision: 5, data: { 'company-name': 'Theirs' }, position: null, updatedAt: '2026-11-25T03:00:00.000Z' }

/** Feeds the machine events, and the save request's answers as the invoked actor would deliver them. */
function run(steps: Step[], from?: Snapshot) {
  let [snapshot, actions] = from ? [from, []] : initialTransition(autosaveMachine, { revision: 1 })
  const sent: number[] = []
  const waits: number[] = []
  const note = (list: typeof actions) => {
    for (const a of list as { type: string; params?: { src?: string; input?: { revision: number }; delay?: number } }[]) {
      if (a.type === 'xstate.spawnChild' && a.params?.src === 'save') sent.push(a.params.input!.revision)
      if (a.type === 'xstate.raise' && a.params?.delay !== undefined) waits.push(a.params.delay)
    }
  }
  note(actions)
  for (const step of steps) {
    const event = 'answer' in step ? ({ type: 'xstate.done.actor.save', output: step.answer } as never) : step
    ;[snapshot, actions] = transition(autosaveMachine, snapshot, event)
    note(actions)
  }
  return { snapshot, sent, waits, state: snapshot.value }
}

describe('the autosave machine', () => {
  it('waits for a pause after each change, then sends one request over the current revision', () => {
    const { state, sent, waits } = run([{ type: 'CHANGED' }, { type: 'CHANGED' }, { type: 'CHANGED' }])
    expect(state).toBe('pending')
    expect(waits).toEqual([1000, 1000, 1000])
    expect(sent).toEqual([])
    const after = run([{ type: 'CHANGED' }, { type: 'WAITED' }])
    expect(after.state).toBe('saving')
    expect(after.sent).toEqual([1])
  })

  it('reports saved with the server’s revision and expiry once the request stores everything', () => {
    const { snapshot } = run([{ type: 'CHANGED' }, { type: 'WAITED' }, { answer: saved(2) }])
    expect(snapshot.value).toBe('saved')
    expect(snapshot.context).toMatchObject({ revision: 2, expiresAt: '2026-12-26T02:00:00.000Z', savedAt: '2026-11-26T02:40:00.000Z' })
    expect(unsavedIn(snapshot.context)).toBe(false)
  })

  it('saves at once when the citizen leaves a field, and does nothing when nothing is unsaved', () => {
    expect(run([{ type: 'CHANGED' }, { type: 'FLUSH' }]).sent).toEqual([1])
    expect(run([{ type: 'FLUSH' }])).toMatchObject({ state: 'idle', sent: [] })
  })

  it('keeps one request out: changes meanwhile wait for it, then go over the new revision', () => {
    // Left the field during the save: the next request follows the answer at once.
    const flushed = run([{ type: 'CHANGED' }, { type: 'FLUSH' }, { type: 'CHANGED' }, { type: 'FLUSH' }, { answer: saved(2) }])
    expect(flushed).toMatchObject({ state: 'saving', sent: [1, 2] })
    // Still typing when the answer came: the next request waits for the pause.
    const typing = run([{ type: 'CHANGED' }, { type: 'FLUSH' }, { type: 'CHANGED' }, { answer: saved(2) }])
    expect(typing).toMatchObject({ state: 'pending', sent: [1] })
    expect(unsavedIn(typing.snapshot.context)).toBe(true)
    expect(run([{ type: 'WAITED' }], typing.snapshot)).toMatchObject({ state: 'saving', sent: [2] })
  })

  it('retries after a failure with growing waits, the last one repeating, and keeps the changes unsaved', () => {
    const fail: Step = { answer: { kind: 'failed', retryable: true, code: 'network' } }
    const failing = [{ type: 'CHANGED' }, { type: 'FLUSH' }, ...Array.from({ length: 5 }, () => [fail, { type: 'WAITED' }] as Step[]).flat(), fail] as Step[]
    const { snapshot, sent, waits } = run(failing, undefined)
    expect(snapshot.value).toBe('retrying')
    expect(sent).toEqual([1, 1, 1, 1, 1, 1])
    // The pause after the change, then one wait per failure.
    expect(waits).toEqual([1000, 1000, 2000, 5000, 10_000, 30_000, 30_000])
    expect(unsavedIn(snapshot.context)).toBe(true)
    // A change while retrying does not push the retry back; leaving the field tries now and starts the waits again.
    expect(run([{ type: 'CHANGED' }], snapshot).waits).toEqual([])
    const now = run([{ type: 'FLUSH' }, fail], snapshot)
    expect(now.sent).toEqual([1])
    expect(now.waits).toEqual([1000])
  })

  it('stops for good when the server refuses the save, keeping its code and the changes', () => {
    const { snapshot } = run([{ type: 'CHANGED' }, { type: 'FLUSH' }, { answer: { kind: 'failed', retryable: false, code: 'draft_expired' } }, { type: 'CHANGED' }, { type: 'FLUSH' }])
    expect(snapshot.value).toBe('failed')
    expect(snapshot.context.failure).toBe('draft_expired')
    expect(unsavedIn(snapshot.context)).toBe(true)
  })

  it('stops saving on a conflict, and saves over the newer revision when the citizen keeps theirs', () => {
    const conflict = run([{ type: 'CHANGED' }, { type: 'FLUSH' }, { answer: { kind: 'conflict', newer } }, { type: 'CHANGED' }, { type: 'FLUSH' }])
    expect(conflict).toMatchObject({ state: 'conflict', sent: [1] })
    expect(conflict.snapshot.context.newer).toEqual(newer)
    const kept = run([{ type: 'OVERRULE' }], conflict.snapshot)
    expect(kept).toMatchObject({ state: 'saving', sent: [5] })
    expect(kept.snapshot.context.newer).toBeNull()
  })

  it('takes the newer version as saved when the citizen chooses it, with nothing left to send', () => {
    const conflict = run([{ type: 'CHANGED' }, { type: 'FLUSH' }, { answer: { kind: 'conflict', newer } }, { type: 'CHANGED' }])
    const { snapshot, sent } = run([{ type: 'ACCEPT', newer }, { type: 'FLUSH' }], conflict.snapshot)
    expect(snapshot.value).toBe('saved')
    expect(snapshot.context).toMatchObject({ revision: 5, savedAt: newer.updatedAt, newer: null })
    expect(unsavedIn(snapshot.context)).toBe(false)
    expect(sent).toEqual([])
  })

  it('shows what the server holds when a submit is refused as stale, and sends nothing until the citizen chooses', () => {
    const { snapshot, sent } = run([{ type: 'CHANGED' }, { type: 'CONFLICT', newer }, { type: 'WAITED' }, { type: 'CHANGED' }])
    expect(snapshot.value).toBe('conflict')
    expect(snapshot.context.newer).toEqual(newer)
    expect(sent).toEqual([])
  })

  it('cancels the pause when the page closes', () => {
    const { snapshot } = run([{ type: 'CHANGED' }, { type: 'STOP' }])
    expect(snapshot.context.waiting).toBe(false)
  })
})
