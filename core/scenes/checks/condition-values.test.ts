import { describe, expect, it } from 'vitest'
import { catalogue } from '../../../test/fixtures/catalogue.ts'
import { scriptFixture } from '../../../test/fixtures/scenes/fixture.ts'
import { conditionValues } from './condition-values.ts'

describe('conditionValues', () => {
  it('checks an outcome paragraph\'s condition like any other, located at the paragraph', () => {
    const script = scriptFixture('open-restaurant')
    const outcome = script.steps.findIndex((s) => s.kind === 'outcome')
    const step = script.steps[outcome] as Extract<(typeof script.steps)[number], { kind: 'outcome' }>
    step.paragraphs = [{ when: { answer: 'staff', is: 'yes' }, text: { zh: '员工须持健康证明。', en: 'Staff need health certificates.' } }]
    expect(conditionValues(script, catalogue)).toEqual([
      { pointer: `/steps/${outcome}/paragraphs/0/when/is`, message: '"staff" is a yes-no question; compare it with { "is": true } or { "is": false }', zh: '"staff" 是是非题；请用 { "is": true } 或 { "is": false } 比较' },
    ])
  })

  it('checks the condition of a case of a promised limit like any other, located at the case', () => {
    const script = scriptFixture('food-stall')
    const step = script.steps[5] as Extract<(typeof script.steps)[number], { kind: 'outcome' }>
    step.matters[0]!.promisedLimits = [{ when: { answer: 'shop-type', is: 'tea' }, limit: { value: 12, unit: '工作日' } }]
    expect(conditionValues(script, catalogue)).toEqual([
      { pointer: '/steps/5/matters/0/promisedLimits/0/when/is', message: '"tea" is not an option of "shop-type" (options: snacks, drinks)', zh: '"tea" 不是 "shop-type" 的选项（选项：snacks、drinks）' },
    ])
  })

  it('reports comparisons with missing options, wrong operators, wrong types and unknown questions', () => {
    expect(conditionValues(scriptFixture('condition-values'), catalogue)).toEqual([
      { pointer: "/steps/1/next/0/when/in/1", message: "\"tea\" is not an option of \"shop-type\" (options: snacks, drinks)", zh: "\"tea\" 不是 \"shop-type\" 的选项（选项：snacks、drinks）" },
      { pointer: "/steps/1/next/1/when/includes", message: "\"shop-type\" is a single-choice question; compare it with \"is\" or \"in\"", zh: "\"shop-type\" 是单选题；请用 \"is\" 或 \"in\" 比较" },
      { pointer: "/steps/3/next/0/when/is", message: "\"area\" is a number question; compare it with a number, e.g. { \"answer\": \"area\", \"gte\": 50 }", zh: "\"area\" 是数字题；请和数字比较，例如 { \"answer\": \"area\", \"gte\": 50 }" },
      { pointer: "/steps/6/matters/0/materials/health-certificates/any/0/is", message: "\"staff\" is a yes-no question; compare it with { \"is\": true } or { \"is\": false }", zh: "\"staff\" 是是非题；请用 { \"is\": true } 或 { \"is\": false } 比较" },
      { pointer: "/steps/6/matters/0/materials/health-certificates/any/1/answer", message: "\"staf\" is not a question in this script (did you mean \"staff\"?)", zh: "\"staf\" 不是本脚本中的问题（是不是 \"staff\"？）" },
      { pointer: "/steps/6/matters/0/materials/health-certificates/any/2/answer", message: "\"welcome\" is a scene step, not a question; conditions read answers to questions", zh: "\"welcome\" 是场景步骤，不是问题；条件只能读问题的回答" },
    ])
  })

  it('reports number comparisons outside the question\'s min and max: never true, or true for every answer', () => {
    expect(conditionValues(scriptFixture('number-ranges'), catalogue)).toEqual([
      {
        pointer: '/steps/1/next/0/when/gt',
        message: '"area" accepts 1 to 50, so { "gt": 60 } is never true; compare with a value in that range',
        zh: '"area" 只接受 1 到 50 的回答，{ "gt": 60 } 永远不成立；请和这个范围内的数比较',
      },
      {
        pointer: '/steps/1/next/1/when/in/1',
        message: '"area" accepts 1 to 50, so 80 in { "in": [20, 80] } is never true; compare with a value in that range',
        zh: '"area" 只接受 1 到 50 的回答，80 in { "in": [20, 80] } 永远不成立；请和这个范围内的数比较',
      },
      {
        pointer: '/steps/4/matters/1/when/gte',
        message: '"area" accepts 1 to 50, so { "gte": 0 } is true for every answer; compare with a value in that range, or drop the comparison',
        zh: '"area" 只接受 1 到 50 的回答，{ "gte": 0 } 对任何回答都成立；请和这个范围内的数比较，或去掉这个比较',
      },
    ])
  })

  it('finds nothing wrong in a sound script', () => {
    expect(conditionValues(scriptFixture('food-stall'), catalogue)).toEqual([])
  })
})
