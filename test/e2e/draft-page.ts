import type { Page } from 'playwright-core'

/**
 * Waits for a draft's page and returns its token. The address is only `/resume`: the token lives in the
 * history entry's state (client/app/draft-address.ts), so the test reads it where the page keeps it.
 */
export async function draftTokenOf(page: Page): Promise<string> {
  const token = await page.waitForFunction(() => {
    const state = history.state as { draftToken?: unknown } | null
    return location.pathname === '/resume' && location.hash === '' && typeof state?.draftToken === 'string' ? state.draftToken : null
  })
  return (await token.jsonValue()) as string
}
