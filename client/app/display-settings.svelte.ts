import { readSetting, writeSetting } from './persisted.ts'

/** Base text sizes (CSS px) the size control steps through in elder mode. */
export const elderTextSizes = [18, 20, 24, 28, 32] as const

/**
 * Elder mode (长辈版): larger text, roomier targets, stronger contrast. The page reads it from
 * `data-elder` and `--base-size` on <html>, so every component follows without knowing about it.
 */
class DisplaySettings {
  elder = $state(false)
  textSize = $state<number>(20)

  constructor() {
    this.elder = readSetting('elder') === '1'
    const size = Number(readSetting('elder-size'))
    if (elderTextSizes.includes(size as never)) this.textSize = size
    this.apply()
  }

  toggleElder(): void {
    this.elder = !this.elder
    writeSetting('elder', this.elder ? '1' : '0')
    this.apply()
  }

  /** Back to the standard display without remembering anything (the kiosk, between visitors). */
  reset(): void {
    this.elder = false
    this.textSize = 20
    this.apply()
  }

  get canGrow(): boolean {
    return this.textSize < elderTextSizes[elderTextSizes.length - 1]!
  }
  get canShrink(): boolean {
    return this.textSize > elderTextSizes[0]
  }

  step(direction: 1 | -1): void {
    const i = elderTextSizes.findIndex((s) => s >= this.textSize)
    const next = elderTextSizes[Math.min(elderTextSizes.length - 1, Math.max(0, i + direction))]!
    this.textSize = next
    writeSetting('elder-size', String(next))
    this.apply()
  }

  apply(): void {
    if (typeof document === 'undefined') return
    const root = document.documentElement
    root.toggleAttribute('data-elder', this.elder)
    if (this.elder) root.style.setProperty('--base-size', `${this.textSize}px`)
    else root.style.removeProperty('--base-size')
  }
}

export const display = new DisplaySettings()
