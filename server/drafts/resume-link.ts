/**
 * The link that opens a draft, for e-mails (and anything else that hands a draft back to its citizen):
 * the token rides only in the fragment, `/resume#<token>`, which browsers never send to a server, write
 * to its logs or pass on as a Referer. Every such link is built here, so its form changes in one place.
 *
 * @example resumeLink('https://lobby.example.gov.cn', 'q3Vd1cZ0JtQ4x9YbA2mK7w') // 'https://lobby.example.gov.cn/resume#q3Vd1cZ0JtQ4x9YbA2mK7w'
 */
export function resumeLink(publicOrigin: string, token: string): string {
  const url = new URL('/resume', publicOrigin)
  url.hash = token
  return url.toString()
}
