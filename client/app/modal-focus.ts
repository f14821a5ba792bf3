/**
 * A modal layer's hold on focus: everything in the page outside `keep` becomes inert (no focus, no
 * clicks, hidden from screen readers) until the returned function gives it back. Elements already
 * inert stay so.
 */
export function inertOutside(keep: HTMLElement): () => void {
  const made: HTMLElement[] = []
  for (let el: HTMLElement | null = keep; el && el !== document.body; el = el.parentElement) {
    for (const sibling of el.parentElement?.children ?? []) {
      if (sibling === el || !(sibling instanceof HTMLElement) || sibling.inert) continue
      sibling.inert = true
      made.push(sibling)
    }
  }
  return () => {
    for (const el of made) el.inert = false
  }
}

const focusable = 'button:not([disabled]), [href], input:not([disabled]), select:not([disabled]), textarea:not([disabled]), [tabindex]:not([tabindex="-1"])'

/**
 * Tab from the last control goes to the first, Shift+Tab from the first to the last: focus cycles
 * inside `within` instead of leaving for the browser's own bar. Returns true when it moved focus.
 */
export function cycleTab(event: KeyboardEvent, within: HTMLElement): boolean {
  if (event.key !== 'Tab') return false
  const controls = [...within.querySelectorAll<HTMLElement>(focusable)].filter((el) => el.getClientRects().length > 0)
  const first = controls[0]
  const last = controls.at(-1)
  if (!first || !last) return false
  const active = document.activeElement
  const leaving = event.shiftKey ? active === first || !within.contains(active) : active === last || !within.contains(active)
  if (!leaving) return false
  event.preventDefault()
  ;(event.shiftKey ? last : first).focus()
  return true
}
