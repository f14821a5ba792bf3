import { cleanPath, pagePaths } from './page-paths.ts'

/** The draft page's address once the token is out of it: reloading, Back and bookmarks show only this. */
export const draftPagePath = '/resume'

/** A draft token as the server draws it: 128 random bits in base64url, 22 characters. */
export function isDraftToken(value: string): boolean {
  return /^[A-Za-z0-9_-]{22}$/.test(value)
}

/**
 * The link that opens a draft on any device (the QR code, a hand-off, 我的办件). The token rides in the
 * fragment, which browsers never send to a server nor put in a Referer, so no access log, proxy or
 * other site sees it.
 *
 * @example draftLink('AbCdEfGhIjKlMnOpQrStUv') // '/resume#AbCdEfGhIjKlMnOpQrStUv'
 */
export function draftLink(token: string): string {
  return `${draftPagePath}#${token}`
}

/**
 * The token a URL opens a draft with: a draft link (`/resume#<token>`), or one of the old form
 * (`/resume/<token>`, still in e-mails and bookmarks); null for any other URL.
 *
 * @example draftTokenOfLink('/resume', '#AbCdEfGhIjKlMnOpQrStUv') // 'AbCdEfGhIjKlMnOpQrStUv'
 */
export function draftTokenOfLink(pathname: string, hash: string): string | null {
  const path = cleanPath(pathname)
  const old = pagePaths.oldDraftLink.exec(path)?.[1]
  if (old !== undefined) return old
  const fragment = hash.replace(/^#/, '')
  return path === draftPagePath && isDraftToken(fragment) ? fragment : null
}
