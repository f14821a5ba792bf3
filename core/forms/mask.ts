/**
 * Masks personal values for display, logs and lookups, keeping just enough for a person to recognise
 * their own: 330102199003071230 -> 3301**********1230, 13812345678 -> 138****5678, 张小明 -> 张**.
 */
export function maskIdCard(value: string): string {
  const v = value.replace(/\s+/g, '')
  if (v.length <= 8) return '*'.repeat(v.length)
  return v.slice(0, 4) + '*'.repeat(v.length - 8) + v.slice(-4)
}

export function maskPhone(value: string): string {
  const digits = value.replace(/[\s-]/g, '')
  if (/^1\d{10}$/.test(digits)) return `${digits.slice(0, 3)}****${digits.slice(-4)}`
  if (digits.length <= 4) return '*'.repeat(digits.length)
  return '*'.repeat(digits.length - 4) + digits.slice(-4)
}

/** Any other personal text (a name, an address): the first character, then stars. */
export function maskText(value: string): string {
  const chars = [...value.trim()]
  if (chars.length <= 1) return '*'
  return chars[0] + '*'.repeat(Math.min(chars.length - 1, 8))
}

/** An e-mail address: the first character of the mailbox, stars, and the domain: wang@example.cn -> w***@example.cn. */
export function maskEmail(value: string): string {
  const at = value.lastIndexOf('@')
  if (at < 1) return maskText(value)
  return `${value[0]}***${value.slice(at)}`
}
