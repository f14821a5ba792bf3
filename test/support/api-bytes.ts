import type { Page } from 'playwright-core'

/**
 * Counts the bytes of every /api/ answer a page receives (bodies as decoded), from now on.
 * `total()` waits for the bodies still arriving, so call it once the page shows what it should.
 *
 * @example const bytes = countApiBytes(page); await page.goto(url); await heading.waitFor(); await bytes.total()
 */
export function countApiBytes(page: Page): { total: () => Promise<number>; urls: () => string[] } {
  const bodies: Promise<number>[] = []
  const urls: string[] = []
  page.on('response', (response) => {
    if (!new URL(response.url()).pathname.startsWith('/api/')) return
    urls.push(response.url())
    bodies.push(response.body().then((b) => b.length, () => 0))
  })
  return { total: async () => (await Promise.all(bodies)).reduce((a, b) => a + b, 0), urls: () => [...urls] }
}
