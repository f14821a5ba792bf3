import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { KioskController } from './kiosk-controller.svelte.ts'

let now = 0
beforeEach(() => {
  vi.useFakeTimers()
  now = 0
})
afterEach(() => vi.useRealTimers())

function controller(reset = vi.fn(async () => {})) {
  const c = new KioskController({ idleMs: 3000, warningMs: 20_000, reloadMs: 0 }, { reset, reload: vi.fn() }, () => now)
  c.start()
  return { c, reset }
}
const pass = (ms: number) => {
  now += ms
  vi.advanceTimersByTime(ms)
}

describe('KioskController', () => {
  it('warns after the idle time, counts down, and resets once the countdown ends', async () => {
    const { c, reset } = controller()
    c.begin()
    pass(3000)
    expect(c.phase).toBe('warning')
    expect(c.secondsLeft).toBe(20)
    pass(10_000)
    expect(c.secondsLeft).toBe(10)
    pass(10_000)
    await vi.waitFor(() => expect(reset).toHaveBeenCalledWith('idle'))
    await vi.waitFor(() => expect(c.phase).toBe('attract'))
    c.dispose()
  })

  it('treats a touch anywhere during the warning as Continue', () => {
    const { c } = controller()
    c.begin()
    pass(3000)
    window.dispatchEvent(new Event('pointerdown'))
    expect(c.phase).toBe('active')
    c.dispose()
  })

  it('releases what a visit owns on reset, and leaves the same number of handles as before the visit', async () => {
    const { c } = controller()
    const before = c.handles
    const released = vi.fn()
    c.begin()
    c.own(released)
    expect(c.handles).toBe(before + 1)
    await c.finish()
    expect(released).toHaveBeenCalledOnce()
    expect(c.handles).toBe(before)
    c.dispose()
    expect(c.handles).toBe(0)
  })

  it('blocks the context menu and two-finger moves while it runs, and stops blocking once disposed', () => {
    const { c } = controller()
    const menu = () => {
      const e = new MouseEvent('contextmenu', { bubbles: true, cancelable: true })
      document.body.dispatchEvent(e)
      return e.defaultPrevented
    }
    expect(menu()).toBe(true)
    expect(document.querySelector('meta[name="viewport"]')?.getAttribute('content')).toContain('user-scalable=no')
    c.dispose()
    expect(menu()).toBe(false)
    expect(document.querySelector('meta[name="viewport"]')).toBeNull()
  })
})
