/**
 * A Chinese telephone number: an 11-digit mobile (1[3-9]xxxxxxxxx) or a landline with its area code
 * (0599-86012345, optionally with an extension: 0599-86012345-801). Spaces and hyphens are ignored
 * in mobiles, since people group digits as 138 1234 5678.
 */
export function isValidPhone(input: string): boolean {
  const value = input.trim()
  if (/^1[3-9]\d{9}$/.test(value.replace(/[\s-]/g, ''))) return true
  return /^0\d{2,3}[\s-]?\d{7,8}([\s-]\d{1,6})?$/.test(value)
}
