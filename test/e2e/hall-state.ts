import type { Page } from 'playwright-core'
import { expect } from 'vitest'
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

/** The route's stop badges on the picture (CSS px), with their text ("1", or "2·4" for a window visited twice). */
export async function stopBadges(page: Page): Promise<{ text: string; window: string; box: Rect }[]> {
  return page.locator('.hall-words .hw-stop').evaluateAll((els) =>
    els.map((el) => {
      const r = el.getBoundingClientRect()
      return { text: el.textContent ?? '', window: (el as HTMLElement).dataset.window ?? '', box: { x: r.x, y: r.y, w: r.width, h: r.height } }
    }),
  )
}

/** Whether two rectangles share any area (touching edges do not). */
export const intersects = (a: Rect, b: Rect) => a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h

/**
 * The route's stop badges cover neither each other nor a window's sign, so a stop is never read as a
 * window's number; with `everySign`, every window of the route shows its sign (its number at least).
 */
export async function expectStopsClear(page: Page, what: string, { everySign = true } = {}): Promise<void> {
  const stops = await stopBadges(page)
  const signs = (await shownWords(page)).filter((w) => w.key.startsWith('window:'))
  expect(stops.length, `${what}: stops`).toBeGreaterThan(0)
  for (const [i, stop] of stops.entries()) {
    for (const other of stops.slice(i + 1)) expect(intersects(stop.box, other.box), `${what}: stop ${stop.text} over stop ${other.text}`).toBe(false)
    for (const sign of signs) expect(intersects(stop.box, sign.box), `${what}: stop ${stop.text} over the sign of ${sign.key}`).toBe(false)
    if (everySign) expect(signs.map((s) => s.key), `${what}: the sign of window ${stop.window} (signs shown: ${JSON.stringify(signs)})`).toContain(`window:${stop.window}`)
  }
}
