/** A slug in a path: lower-case letters, digits and single hyphens (`open-restaurant`). */
const slug = '([a-z0-9]+(?:-[a-z0-9]+)*)'

/**
 * The URL paths of the site's pages that carry an id, read by the client's router (client/app/route.ts)
 * and by the server's preload hints (server/http/route-preloads.ts), so the two cannot disagree on
 * which path opens which page. The first group is the id.
 *
 * @example pagePaths.matter.exec('/matters/company-establishment')?.[1] // 'company-establishment'
 */
export const pagePaths = {
  situation: new RegExp(`^/situations/${slug}$`),
  matter: new RegExp(`^/matters/${slug}$`),
  department: new RegExp(`^/departments/${slug}$`),
  theme: new RegExp(`^/themes/${slug}$`),
  studio: new RegExp(`^/studio/${slug}$`),
  // The studio's editor for a situation (STUDIO=dev); an id not yet used starts a new one.
  studioEdit: new RegExp(`^/studio/${slug}/edit$`),
  // The studio's form for a matter (办事指南).
  studioMatterEdit: new RegExp(`^/studio/matters/${slug}/edit$`),
  form: new RegExp(`^/forms/${slug}$`),
  // The kiosk's short hand-off code, as its QR code and its screen give it.
  handoff: /^\/h\/([A-Za-z0-9-]{4,12})$/,
  // A draft link of the old form, with the token in the path: still opened, but no longer made (core/routes/draft-link.ts).
  oldDraftLink: /^\/resume\/([A-Za-z0-9_-]{8,64})$/,
  receipt: /^\/applications\/([A-Za-z0-9-]{1,40})\/receipt$/,
  // An electronic licence's QR code: anyone checks it there, without signing in.
  verify: /^\/verify\/([0-9a-f-]{36})$/,
} as const

/** A path without its trailing slashes; the home page is "/". */
export function cleanPath(pathname: string): string {
  return pathname.replace(/\/+$/, '') || '/'
}
