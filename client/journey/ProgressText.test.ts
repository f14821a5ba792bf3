import { cleanup, render, screen } from '@testing-library/svelte'
import { afterEach, describe, expect, it } from 'vitest'
import { progressOf } from '../../core/scenes/progress.ts'
import ProgressText from './ProgressText.svelte'
import { openShop } from './test-fixtures.ts'

afterEach(() => cleanup())

describe('ProgressText', () => {
  it('reads "第 3 步，共 4 步" on the third question of the shop journey', () => {
    const answers = { 'business-type': 'company', 'sells-food': true }
    render(ProgressText, progressOf(openShop, answers, 'area'))
    expect(screen.getByText('第 3 步，共 4 步')).toBeTruthy()
  })

  it('starts at step 1 on the first question', () => {
    render(ProgressText, progressOf(openShop, {}, 'business-type'))
    expect(screen.getByText(/^第 1 步，共 \d+ 步$/)).toBeTruthy()
  })
})
