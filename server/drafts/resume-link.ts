import { draftLink } from '../../core/routes/draft-link.ts'

/**
 * The link that opens a draft, for e-mails (and anything else that hands a draft back to its citizen):
 * the token rides only in the fragment, `/resume#<token>`, which browsers never send to a server, write
 * to its logs or pass on as a Referer. Its path and fragment come from core's draftLink, which every
 * link to a draft is built with, so its form changes in one place.
 *
 * @example resumeLink('https://lobby.example.gov.cn', 'q3Vd1cZ0JtQ4x9YbA2mK7w') // 'https://lobby.example.gov.cn/resume#q3Vd1cZ0JtQ4x9YbA2mK7w'
 */
export function resumeLink(publicOrigin: string, token: string): string {
  return new URL(draftLink(token), publicOrigin).toString()
}
