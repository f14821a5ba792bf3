import { mount } from 'svelte'
import { compileScene } from '../../../core/scenes/compile.ts'
import { SceneScript } from '../../../core/scenes/script.ts'
import { catalogue } from '../../fixtures/catalogue.ts'
import restaurant from '../../../scenes/open-restaurant.json'
import { generateScript } from '../large-script.ts'
import { createActor } from 'xstate'
import BareJourney from './BareJourney.svelte'
import type { BareScreen } from './bare-screen.ts'
import type { Outcome } from '../../../core/scenes/outcome.ts'
import MachineJourney from './MachineJourney.svelte'

/** Answers each question with its first choice (a number: 60; a multiple choice: its first box). */
function answerOnScreen(): boolean {
  const form = document.querySelector<HTMLFormElement>('form.question')
  if (!form) return false
  const choice = form.querySelector<HTMLButtonElement>('button[name="choice"]')
  if (choice) return (choice.click(), true)
  const number = form.querySelector<HTMLInputElement>('input[inputmode="decimal"]')
  if (number) {
    number.value = '60'
    number.dispatchEvent(new Event('input', { bubbles: true }))
  }
  form.querySelector<HTMLInputElement>('input[type="checkbox"]')?.click()
  form.querySelector<HTMLButtonElement>('button.primary')!.click()
  return true
}

/** Resolves once the change made so far is painted: the frame after it, then the task after that frame. */
const painted = () => new Promise<void>((done) => requestAnimationFrame(() => setTimeout(done, 0)))

/** The screens, answers and list the first-choice route gives, worked out once with the machine before any timing. */
function plan(script: SceneScript): { screens: BareScreen[]; answers: Record<string, never>; outcome: Outcome } {
  const actor = createActor(compileScene(script)).start()
  actor.send({ type: 'CATALOGUE', catalogue })
  const screens: BareScreen[] = []
  for (let i = 0; i < 1000; i++) {
    const { screen, progress } = actor.getSnapshot().context
    if (screen.kind !== 'question') break
    screens.push({ question: screen.question, narration: screen.narration, progress: progress! })
    const q = screen.question
    const value = q.input === 'number' ? 60 : q.input === 'yes-no' ? true : q.input === 'multiple' ? [q.options![0]!.value] : q.options![0]!.value
    actor.send({ type: 'ANSWER', value })
  }
  actor.send({ type: 'CONFIRM' })
  const { walk, outcome } = actor.getSnapshot().context
  actor.stop()
  return { screens, answers: walk.answers as Record<string, never>, outcome: outcome! }
}

const scripts = { restaurant: SceneScript.parse(restaurant), large: SceneScript.parse(generateScript(500)) }

;(window as unknown as { bench: unknown }).bench = {
  /** Walks one journey from its first question to the list; ms from each answer to the next screen painted, and from the last answer to the list painted. */
  async run(which: 'restaurant' | 'large', mode: 'machine' | 'bare') {
    const script = scripts[which]
    const target = document.getElementById('app')!
    target.textContent = ''
    if (mode === 'machine') mount(MachineJourney, { target, props: { script, catalogue } })
    else mount(BareJourney, { target, props: { script, catalogue, ...plan(script) } })
    await painted()
    const answers: number[] = []
    for (let i = 0; i < 1000; i++) {
      const t0 = performance.now()
      if (!answerOnScreen()) break
      await painted()
      answers.push(performance.now() - t0)
    }
    const t0 = performance.now()
    document.querySelector<HTMLButtonElement>('section.check button.primary')!.click()
    await painted()
    const toList = answers.at(-1)! + (performance.now() - t0)
    if (!document.getElementById('outcome-heading')) throw new Error(`${which}/${mode}: the list did not show`)
    return { answers: answers.slice(0, -1), toList }
  },
}
