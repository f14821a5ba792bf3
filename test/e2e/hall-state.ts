import type { Page } from 'playwright-core'
import type { Rect } from '../../core/content/hall-layout.ts'

/** The hall's state as its element's data attributes say (client/hall/mount-hall.ts, HallView.ts, kiosk/AttractHall.svelte). */
export function hallState(page: Page): Promise<Record<string, string>> {
  return page.locator('[data-testid=hall]').evaluate((el) => ({ ...(el as HTMLElement).dataset }) as Record<string, string>)
}

/** Waits until the hall's state matches; a timeout says what the state was instead. */
export async function waitForHall(page: Page, want: (state: Record<string, string>) => boolean, what: string, timeout = 30_000): Promise<Record<string, string>> {
  const deadline = Date.now() + timeout
  let state: Record<string, string> = {}
  while (Date.now() < deadline) {
    state = await hallState(page).catch(() => ({}))
    if (want(state)) return state
    await page.waitForTimeout(100)
  }
  throw new Error(`the hall never showed ${what}; its state was ${JSON.stringify(state)}`)
}

/** Every word on the picture that is shown: its text size and box (CSS px). */
export async function shownWords(page: Page): Promise<{ key: string; size: number; box: Rect }[]> {
  return page.locator('.hall-words .hw').evaluateAll((els) =>
    els
      .filter((el) => (el as HTMLElement).dataset.shown)
      .map((el) => {
        const sizes = [...el.querySelectorAll('span')].filter((s) => getComputedStyle(s).display !== 'none').map((s) => parseFloat(getComputedStyle(s).fontSize))
        const r = el.getBoundingClientRect()
        return { key: (el as HTMLElement).dataset.key ?? '', size: Math.min(...sizes), box: { x: r.x, y: r.y, w: r.width, h: r.height } }
      }),
  )
}
