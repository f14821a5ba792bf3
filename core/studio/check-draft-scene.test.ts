import { readFile } from 'node:fs/promises'
import { beforeAll, describe, expect, it } from 'vitest'
import { repositoryFiles } from '../../test/fixtures/content/fixture-files.ts'
import type { Catalogue } from '../content/catalogue.ts'
import { loadCatalogue } from '../content/load.ts'
import { checkDraftScene, draftSceneChecker, problemsAt } from './check-draft-scene.ts'
import { questionsAskedBefore, questionsAskedBeforeEach } from './questions-asked-before.ts'

let catalogue: Catalogue
let restaurant: Record<string, unknown>

beforeAll(async () => {
  catalogue = loadCatalogue(await repositoryFiles()).catalogue!
  restaurant = JSON.parse(await readFile('scenes/open-restaurant.json', 'utf8')) as Record<string, unknown>
})

describe('the studio live check', () => {
  it('finds nothing wrong in a shipped situation', () => {
    expect(checkDraftScene(restaurant, catalogue)).toEqual([])
  })

  it('reports a schema problem and a scene problem of the same draft together, in both languages', () => {
    const draft = structuredClone(restaurant) as { start: string; title: { en: string } }
    draft.start = 'welcom'
    draft.title.en = ''
    const problems = checkDraftScene(draft, catalogue)
    expect(problems.map((p) => p.pointer)).toEqual(expect.arrayContaining(['/title/en', '/start']))
    expect(problems.every((p) => p.zh.length > 0)).toBe(true)
  })

  it('reports the same after a text edit as a fresh check, though it reruns only the text checks', () => {
    const check = draftSceneChecker(catalogue)
    const draft = structuredClone(restaurant) as { steps: { text?: { en: string }; next?: unknown }[] }
    expect(check(draft)).toEqual([])
    const question = draft.steps.find((s) => s.text)!
    question.text!.en = '问'
    expect(check(draft)).toEqual(checkDraftScene(draft, catalogue))
    expect(check(draft).length).toBeGreaterThan(0)
    question.text!.en = ''
    expect(check(draft)).toEqual(checkDraftScene(draft, catalogue))
    question.next = 'nowhere'
    expect(check(draft)).toEqual(checkDraftScene(draft, catalogue))
  })

  it('gives each field the problems inside it', () => {
    const problems = [{ pointer: '/steps/3/next/0/when/is' }, { pointer: '/steps/30' }, { pointer: '/steps/3' }]
    expect(problemsAt(problems, '/steps/3')).toEqual([{ pointer: '/steps/3/next/0/when/is' }, { pointer: '/steps/3' }])
    expect(problemsAt(problems, '/steps/3', { inside: false })).toEqual([{ pointer: '/steps/3' }])
  })
})

describe('questions a condition may read', () => {
  const text = { zh: '问', en: 'Ask' }
  const script = {
    id: 'x', title: text, summary: text, theme: 't', audience: '法人', start: 'a',
    steps: [
      { id: 'a', kind: 'question', input: 'yes-no', text, next: [{ when: { answer: 'a', is: true }, to: 'b' }, { to: 'c' }] },
      { id: 'b', kind: 'question', input: 'number', text, next: 'c' },
      { id: 'c', kind: 'question', input: 'yes-no', text, next: 'end' },
      { id: 'end', kind: 'outcome', title: text, matters: [{ matter: 'm' }] },
    ],
  } as const
  const asked = (id: string) => questionsAskedBefore(script as never, id).map((q) => q.id)

  it('are the questions asked on every route to the step, in the order asked, the step itself included', () => {
    expect(asked('a')).toEqual(['a'])
    expect(asked('b')).toEqual(['a', 'b'])
    expect(asked('end')).toEqual(['a', 'c'])
  })

  it('are the same worked out for every step at once', () => {
    const each = questionsAskedBeforeEach(script as never)
    for (const id of ['a', 'b', 'c', 'end']) expect(each.get(id)).toEqual(asked(id))
  })

  it('are none for a step no route reaches', () => {
    expect(asked('nowhere')).toEqual([])
  })
})
