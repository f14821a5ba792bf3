import { readSetting, writeSetting } from '../app/persisted.ts'

/** Where the hall no longer fits beside the question and would sit under it (HallPanel's own breakpoint). */
const narrowScreen = '(max-width: 40rem)'
const rememberedKey = 'hall-shown'

export type HallStartInputs = { narrow: boolean; saveData: boolean; remembered: string | null }

/**
 * Whether the animated hall loads by itself. On a phone it would sit below the question, cost about
 * 180 kB of compressed script and keep a small CPU busy while the citizen reads; with Save-Data on, the citizen
 * asked for less. There it waits for a tap (the guide's words and the list of windows are in the page
 * either way), and the choice is remembered on this device.
 */
export function hallStartsShown({ narrow, saveData, remembered }: HallStartInputs): boolean {
  return remembered === '1' || (!narrow && !saveData)
}

export function browserHallStart(): boolean {
  const connection = (navigator as Navigator & { connection?: { saveData?: boolean } }).connection
  return hallStartsShown({
    narrow: typeof matchMedia === 'function' && matchMedia(narrowScreen).matches,
    saveData: connection?.saveData === true,
    remembered: readSetting(rememberedKey),
  })
}

export function rememberHallShown(): void {
  writeSetting(rememberedKey, '1')
}
