import { describe, expect, it } from 'vitest'
import { catalogue } from '../../../test/fixtures/catalogue.ts'
import { scriptFixture } from '../../../test/fixtures/scenes/fixture.ts'
import type { OutcomeStep } from '../script.ts'
import { neverHolds } from './never-holds.ts'

describe('neverHolds', () => {
  it('reports a branch shadowed by an earlier one, an outcome paragraph no route shows, a matter no route to its outcome lists, a case of a promised limit no route to it meets and a material no answers meet', () => {
    expect(neverHolds(scriptFixture('never-holds'), catalogue)).toEqual([
      {
        pointer: '/steps/2/next/1/when',
        message: 'this branch to "health-info" is never taken: on every route through "area" its condition fails or an earlier branch is taken first; check the values it compares with and whether the questions it reads are asked before "area"',
        zh: '通往 "health-info" 的这个分支永远走不到：经过 "area" 的每条路线上，它的条件都不成立，或前面的分支已先成立；请检查它比较的值，以及它读的问题是否在 "area" 之前问过',
      },
      {
        pointer: '/steps/6/paragraphs/1/when',
        message: 'paragraph 2 of "result" is never shown: on none of the 4 routes to "result" does its condition hold; check the values it compares with and the branches on the way',
        zh: '"result" 的第 2 段永远不会显示：到达 "result" 的 4 条路线上它的条件都不成立；请检查它比较的值和沿途的分支',
      },
      {
        pointer: '/steps/6/matters/0/promisedLimits/1/when',
        message: 'case 2 of the promised limit of "food-business-licence" never applies: on none of the 4 routes that list it does its condition hold before an earlier case\'s; check the values it compares with and the cases before it',
        zh: '"food-business-licence" 的第 2 种承诺时限情形永远用不上：列出它的 4 条路线上，它的条件都不成立，或前面的情形已先成立；请检查它比较的值和前面的情形',
      },
      {
        pointer: '/steps/6/matters/1/when',
        message: '"tobacco-retail-licence" is never listed: on none of the 4 routes to "result" does this condition hold; check the values it compares with and the branches on the way',
        zh: '"tobacco-retail-licence" 永远不会列出：到达 "result" 的 4 条路线上这个条件都不成立；请检查它比较的值和沿途的分支',
      },
      {
        pointer: '/steps/6/matters/2/materials/lighting-safety',
        message: 'material "lighting-safety" never applies: no answers on any route of this situation meet this condition; check the values it compares with',
        zh: '材料 "lighting-safety" 永远用不上：本情形任何路线上的回答都不满足这个条件；请检查它比较的值',
      },
    ])
  })

  it('reports a case of a promised limit that an earlier case always takes first', () => {
    const script = scriptFixture('food-stall')
    const outcome = script.steps[5] as OutcomeStep
    const staff = { answer: 'staff', is: true }
    outcome.matters[0]!.promisedLimits = [
      { when: staff, limit: { value: 15, unit: '工作日' } },
      { when: { all: [staff, { answer: 'shop-type', is: 'drinks' }] }, limit: { value: 12, unit: '工作日' } },
    ]
    expect(neverHolds(script, catalogue).map((p) => [p.pointer, p.message])).toEqual([
      ['/steps/5/matters/0/promisedLimits/1/when', 'case 2 of the promised limit of "food-business-licence" never applies: on none of the 4 routes that list it does its condition hold before an earlier case\'s; check the values it compares with and the cases before it'],
    ])
  })

  it('reports the branch that guarding a question read before it is asked leaves for ever untaken', () => {
    expect(neverHolds(scriptFixture('read-ahead-guarded'), catalogue)).toEqual([
      {
        pointer: '/steps/1/next/0/when',
        message: 'this branch to "health-info" is never taken: on every route through "area" its condition fails or an earlier branch is taken first; check the values it compares with and whether the questions it reads are asked before "area"',
        zh: '通往 "health-info" 的这个分支永远走不到：经过 "area" 的每条路线上，它的条件都不成立，或前面的分支已先成立；请检查它比较的值，以及它读的问题是否在 "area" 之前问过',
      },
    ])
  })

  it('lets a material condition that only decides "not needed" on this outcome stand', () => {
    expect(neverHolds(scriptFixture('open-restaurant'), catalogue)).toEqual([])
    expect(neverHolds(scriptFixture('food-stall'), catalogue)).toEqual([])
  })
})
