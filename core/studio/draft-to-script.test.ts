import { describe, expect, it } from 'vitest'
import { blankStep } from './blank-step.ts'
import { draftToScript } from './draft-to-script.ts'

const text = { zh: '问', en: 'Ask' }
const empty = { zh: '', en: '' }

describe('a studio draft as the file it saves', () => {
  it('puts keys in the order of the editors\' guide, next last', () => {
    const saved = draftToScript({ steps: [{ next: 'b', text, id: 'a', kind: 'question', input: 'number', max: 9, min: 1 }], start: 'a', id: 'x' }) as { steps: object[] }
    expect(Object.keys(saved)).toEqual(['id', 'start', 'steps'])
    expect(Object.keys(saved.steps[0]!)).toEqual(['id', 'kind', 'input', 'text', 'min', 'max', 'next'])
  })

  it('drops optional texts left empty in both languages but keeps an info page\'s text for the check to ask for', () => {
    const saved = draftToScript({
      steps: [
        { id: 'a', kind: 'question', input: 'single', text, hint: empty, options: [{ value: 'x', label: text, hint: empty }], next: 'b' },
        { id: 'b', kind: 'info', title: text, text: empty, next: 'c' },
        { id: 'c', kind: 'outcome', title: text, text: empty, matters: [{ matter: 'm', materials: {} }] },
      ],
    }) as { steps: Record<string, unknown>[] }
    expect(saved.steps[0]).toEqual({ id: 'a', kind: 'question', input: 'single', text, options: [{ value: 'x', label: text }], next: 'b' })
    expect(saved.steps[1]!.text).toEqual(empty)
    expect(saved.steps[2]).toEqual({ id: 'c', kind: 'outcome', title: text, matters: [{ matter: 'm' }] })
  })

  it('writes an outcome\'s paragraphs after its text, each condition before its text, and drops an empty list of them', () => {
    const when = { answer: 'agent', is: true }
    const saved = draftToScript({
      steps: [
        { id: 'c', kind: 'outcome', title: text, matters: [{ matter: 'm' }], paragraphs: [{ text, when }], text },
        { id: 'd', kind: 'outcome', title: text, paragraphs: [], matters: [{ matter: 'm' }] },
      ],
    }) as { steps: Record<string, unknown>[] }
    expect(JSON.stringify(saved.steps[0])).toBe(JSON.stringify({ id: 'c', kind: 'outcome', title: text, text, paragraphs: [{ when, text }], matters: [{ matter: 'm' }] }))
    expect(saved.steps[1]).not.toHaveProperty('paragraphs')
  })

  it('writes a matter\'s promised limits by case after its materials, each condition before its limit, and drops an empty note or list', () => {
    const when = { answer: 'loan', is: 'combined' }
    const saved = draftToScript({
      steps: [
        {
          id: 'c',
          kind: 'outcome',
          title: text,
          matters: [
            { promisedLimits: [{ limit: { note: { zh: '', en: '' }, unit: '工作日', value: 10 }, when }], matter: 'm', materials: {} },
            { matter: 'n', promisedLimits: [] },
          ],
        },
      ],
    }) as { steps: { matters: unknown[] }[] }
    expect(JSON.stringify(saved.steps[0]!.matters)).toBe(JSON.stringify([{ matter: 'm', promisedLimits: [{ when, limit: { value: 10, unit: '工作日' } }] }, { matter: 'n' }]))
  })

  it('gives a new step an id not yet used', () => {
    expect(blankStep('scene', ['scene-1', 'scene-2']).id).toBe('scene-3')
  })
})
