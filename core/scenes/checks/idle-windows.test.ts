import { describe, expect, it } from 'vitest'
import { catalogue } from '../../../test/fixtures/catalogue.ts'
import { scriptFixture } from '../../../test/fixtures/scenes/fixture.ts'
import { idleWindows } from './idle-windows.ts'

describe('idleWindows', () => {
  it('reports a scene at a window that handles none of the situation\'s matters, naming the windows that do', () => {
    expect(idleWindows(scriptFixture('idle-windows'), catalogue)).toEqual([
      {
        pointer: '/steps/2/place/window',
        message: "window 11 handles none of this situation's matters (it handles tobacco-retail-licence); windows 7, 8 handle them",
        zh: '11 号窗口不办理本情形的任何事项（它办理 tobacco-retail-licence）；办理它们的是 7、8 号窗口',
      },
    ])
  })

  it('finds nothing wrong in sound scripts', () => {
    expect(idleWindows(scriptFixture('food-stall'), catalogue)).toEqual([])
    expect(idleWindows(scriptFixture('open-restaurant'), catalogue)).toEqual([])
  })
})
