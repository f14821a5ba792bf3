import { QueryClient } from '@tanstack/svelte-query'
import { cleanup, render } from '@testing-library/svelte'
import { createRawSnippet } from 'svelte'
import { afterEach, describe, expect, it } from 'vitest'
import { Journey } from '../state/journey.svelte.ts'
import WithQueryClient from '../ui/WithQueryClient.svelte'
import JourneyScreen from './JourneyScreen.svelte'
import { openShop } from './test-fixtures.ts'

afterEach(() => cleanup())

/** The step view as the website (JourneyView) or the kiosk (KioskSteps) mounts it, on the same place of the same journey. */
function screenFor(kiosk: boolean) {
  // The first question, with the guide's greeting told along with it.
  const journey = new Journey(openShop)
  const props = {
    journey,
    kiosk,
    link: 'https://example.test/situations/open-shop?a=x',
    onback: () => {},
    leave: createRawSnippet(() => ({ render: () => '<a href="/">leave</a>' })),
    list: createRawSnippet(() => ({ render: () => '<h2 id="outcome-heading">list</h2>' })),
  }
  const client = new QueryClient()
  const { container } = render(WithQueryClient, { props: { client, component: JourneyScreen, props } })
  return container.querySelector('.journey-screen') as HTMLElement
}

describe('the one step view', () => {
  it('shows the kiosk the very question, progress and guide’s words the website shows, differing only in style', () => {
    const site = screenFor(false)
    const kiosk = screenFor(true)
    expect(site.querySelector('fieldset')).not.toBeNull()
    expect(site.textContent).toContain('您好，我带您办开店的手续。')
    expect(site.querySelector('[data-testid="progress"]')).not.toBeNull()
    expect(kiosk.innerHTML).toBe(site.innerHTML)
    expect(kiosk.classList.contains('kiosk')).toBe(true)
    expect(site.classList.contains('kiosk')).toBe(false)
  })
})
