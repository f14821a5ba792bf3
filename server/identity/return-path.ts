/**
 * A path on this site to come back to after signing in or out, or `/`. Only a local path is kept
 * (`/resume`, `/situations/...?a=...`): never another site (`//evil.example`, `https:`, `\\`), so
 * the sign-in link cannot be used to send a citizen elsewhere.
 *
 * @example safeReturnPath('/resume/abc?x=1') // '/resume/abc?x=1'; safeReturnPath('//evil.example') // '/'
 */
export function safeReturnPath(value: string | undefined | null): string {
  if (!value || value.length > 2000 || !value.startsWith('/') || value.startsWith('//') || /[\\\u0000-\u001f]/.test(value)) return '/'
  try {
    const url = new URL(value, 'http://x.invalid')
    return url.origin === 'http://x.invalid' ? url.pathname + url.search : '/'
  } catch {
    return '/'
  }
}

/**
 * The draft token in a return path of the old form, `/resume/<token>`: the draft a citizen was filling
 * when they chose to sign in, from a page loaded before draft links kept the token out of paths. Today's
 * pages return to `/resume` and adopt the draft themselves once back (POST /api/me/adopt).
 */
export function draftTokenIn(path: string): string | null {
  return /^\/resume\/([A-Za-z0-9_-]{8,64})(?:\?|$)/.exec(path)?.[1] ?? null
}
