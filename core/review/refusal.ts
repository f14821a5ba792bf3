import { z } from 'zod'
import type { Matter } from '../content/matter.ts'

/** 不予受理: which of the matter's legal bases (by position in its guide) and why. */
export const RefusalRequest = z
  .object({
    basis: z.number().int().min(0).max(100),
    reason: z.string().trim().min(2, 'say why the application cannot be accepted').max(1000),
  })
  .strict()
export type RefusalRequest = z.infer<typeof RefusalRequest>

/**
 * The refusal as the citizen reads it, citing the law: null when the matter has no basis at that position.
 *
 * @example refusalNote(matter, { basis: 0, reason: '经营场所位于居民住宅楼内' })
 * // '不予受理。依据：《中华人民共和国食品安全法》第三十五条。理由：经营场所位于居民住宅楼内'
 */
export function refusalNote(matter: Pick<Matter, 'basis'>, refusal: RefusalRequest): string | null {
  const basis = matter.basis[refusal.basis]
  if (!basis) return null
  return `不予受理。依据：${citationOf(basis)}。理由：${refusal.reason}`
}

/** A legal basis as cited in Chinese: 《名称》（文号）条款. */
export function citationOf(basis: Matter['basis'][number]): string {
  return `${basis.name.zh}${basis.docNumber ? `（${basis.docNumber.zh}）` : ''}${basis.article?.zh ?? ''}`
}
