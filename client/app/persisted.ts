/**
 * Remembered preferences (language, elder mode). A public kiosk must forget everything between
 * visitors, so nothing is written, or read back, under /kiosk.
 */
export function inKiosk(): boolean {
  return typeof location !== 'undefined' && location.pathname.startsWith('/kiosk')
}

export function readSetting(key: string): string | null {
  if (inKiosk()) return null
  try {
    return localStorage.getItem(key)
  } catch {
    return null // storage blocked (private mode, sandboxed frame): behave as a first visit
  }
}

export function writeSetting(key: string, value: string): void {
  if (inKiosk()) return
  try {
    localStorage.setItem(key, value)
  } catch {
    // storage full or blocked: the preference lasts for this visit only
  }
}
