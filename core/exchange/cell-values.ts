import type { TimeLimit } from '../content/matter.ts'

/**
 * How guide spreadsheets write values in one cell, read and written the same way so an export
 * imports back unchanged. Readers return a value or a message for the citizen-facing editor.
 */
export type Read<T> = { ok: true; value: T } | { ok: false; message: string }
const ok = <T>(value: T): Read<T> => ({ ok: true, value })
const fail = (message: string): Read<never> => ({ ok: false, message })

/** 食品、药品；烟草 -> three items: lists in one cell use 、 ， ； or new lines. */
export function readList(cell: string): string[] {
  return cell.split(/[、，,；;\n]/).map((item) => item.trim()).filter(Boolean)
}
export const writeList = (items: readonly string[]): string => items.join('、')

const numbering = /^\s*(?:\d+\s*[.、．)）]|[（(]\s*[\d一二三四五六七八九十]+\s*[)）]|[一二三四五六七八九十]+\s*、)\s*/

/** One item per line, without the 1. / 1、 / （一） numbering that guide sheets put in front. */
export function readLines(cell: string): string[] {
  return cell.split(/\r?\n/).map((line) => line.replace(numbering, '').trim()).filter(Boolean)
}
export const writeLines = (items: readonly string[]): string => items.map((item, i) => `${i + 1}. ${item}`).join('\n')

export function readYesNo(cell: string): Read<boolean> {
  if (/^(是|有|支持|y|yes|true|1)$/i.test(cell)) return ok(true)
  if (/^(否|无|不支持|n|no|false|0)$/i.test(cell)) return ok(false)
  return fail(`write 是 or 否, not "${cell}"`)
}
export const writeYesNo = (value: boolean): string => (value ? '是' : '否')

export function readInt(cell: string, min = 0): Read<number> {
  const match = /^(\d+)\s*(份|次|个)?$/.exec(cell)
  const n = match ? Number(match[1]) : Number.NaN
  return Number.isInteger(n) && n >= min ? ok(n) : fail(`write a whole number${min > 0 ? ` from ${min}` : ''}, not "${cell}"`)
}

export function readAmount(cell: string): Read<number> {
  const n = Number(cell.replace(/元$/, '').trim())
  return Number.isFinite(n) && n >= 0 ? ok(n) : fail(`write an amount in yuan, e.g. 10 or 12.5, not "${cell}"`)
}

/** 20个工作日, 20 工作日, 30个自然日, 即办 (0 working days). */
export function readTimeLimit(cell: string): Read<TimeLimit> {
  if (/^(即办|当场办结|即时办结)$/.test(cell)) return ok({ value: 0, unit: '工作日' })
  const match = /^(\d+)\s*个?\s*(工作日|自然日|天|日)$/.exec(cell)
  if (!match) return fail(`write a time limit such as 20个工作日 or 30个自然日, not "${cell}"`)
  const unit = match[2] === '工作日' ? '工作日' : '自然日'
  return ok({ value: Number(match[1]), unit })
}
export const writeTimeLimit = (limit: TimeLimit): string => `${limit.value}个${limit.unit}`

/** 11号窗口、12号窗口 or 11、12: the window numbers. */
export function readWindows(cell: string): Read<number[]> {
  const numbers: number[] = []
  for (const item of readList(cell)) {
    const match = /(\d+)\s*号?\s*(窗口)?$/.exec(item)
    if (!match) return fail(`write window numbers such as 11号窗口、12号窗口, not "${item}"`)
    numbers.push(Number(match[1]))
  }
  return ok(numbers)
}
export const writeWindows = (windows: readonly number[]): string => windows.map((n) => `${n}号窗口`).join('、')
