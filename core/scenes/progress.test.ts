import { describe, expect, it } from 'vitest'
import { scriptFixture } from '../../test/fixtures/scenes/fixture.ts'
import { questionProgress } from './progress.ts'
import { walkAnswers } from './walk.ts'

const script = scriptFixture('open-restaurant')
const at = (answers: Record<string, unknown>, question: string) => questionProgress(script, walkAnswers(script, answers as never), question)

describe('questionProgress', () => {
  it('counts the first question as question 1, with the fewest and most questions the routes may still ask', () => {
    // registered, area, extras, [sign-lit when a signboard is ticked], staff, agent
    expect(at({}, 'registered')).toEqual({ number: 1, left: { fewest: 4, most: 5 } })
  })

  it('narrows the range once the answer that decides a branch is given', () => {
    expect(at({ registered: true, area: 80 }, 'extras')).toEqual({ number: 3, left: { fewest: 2, most: 3 } })
    expect(at({ registered: true, area: 80, extras: ['signboard'] }, 'sign-lit')).toEqual({ number: 4, left: { fewest: 2, most: 2 } })
    expect(at({ registered: true, area: 80, extras: ['none'] }, 'staff')).toEqual({ number: 4, left: { fewest: 1, most: 1 } })
  })

  it('reads only the answers given before the question, so going back shows the range as it was then', () => {
    expect(at({ registered: true, area: 80, extras: ['signboard'], 'sign-lit': true }, 'extras')).toEqual(at({ registered: true, area: 80 }, 'extras'))
  })
})
