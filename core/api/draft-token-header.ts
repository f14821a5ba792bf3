/**
 * The request header that names the draft of an `/api/draft` call. The token opens the draft, so it
 * never goes in a URL path or query, where access logs, proxies and Referer headers would keep it.
 */
export const draftTokenHeader = 'Draft-Token'

/**
 * The headers that name a draft to /api/draft.
 *
 * @example fetch('/api/draft', { headers: draftHeaders(token) })
 */
export function draftHeaders(token: string): Record<string, string> {
  return { [draftTokenHeader]: token }
}
