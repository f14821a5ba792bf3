import { draftPagePath } from '../../core/routes/draft-link.ts'
import { cleanPath, pagePaths } from '../../core/routes/page-paths.ts'

/** The pages of the app, read from a URL path and query. */
export type Route =
  | { name: 'home' }
  | { name: 'situation'; id: string; answers: string | null; at: string | null }
  | { name: 'matter'; id: string }
  | { name: 'department'; id: string; page: number }
  | { name: 'theme'; id: string; page: number }
  | { name: 'search'; q: string; page: number }
  | { name: 'form'; formId: string; from: string | null; answers: string | null }
  | { name: 'resume'; token: string }
  | { name: 'resume-code' }
  | { name: 'application-lookup'; number: string }
  | { name: 'receipt'; number: string }
  | { name: 'kiosk' }
  | { name: 'handoff'; code: string }
  | { name: 'staff' }
  | { name: 'me' }
  | { name: 'verify'; id: string }
  | { name: 'ticket-new'; kind: string | null; matterId: string | null }
  | { name: 'ticket-lookup'; number: string }
  | { name: 'studio'; id: string | null; edit?: true; matter?: true }
  | { name: 'booking'; matter: string | null; zone: string | null }
  | { name: 'booking-manage'; code: string }
  | { name: 'queue'; code: string | null; kiosk: boolean }
  | { name: 'queue-ticket'; id: string; print: boolean }
  | { name: 'display'; zone: string | null }
  | { name: 'not-found'; path: string }


/**
 * `matchRoute('/situations/open-restaurant', '?a=...')` -> `{ name: 'situation', id: 'open-restaurant', answers: '...' }`.
 * `draftToken` is the draft the history entry opens: its address is only `/resume` (client/app/draft-address.ts).
 */
export function matchRoute(pathname: string, search: string, draftToken: string | null = null): Route {
  const path = cleanPath(pathname)
  const params = new URLSearchParams(search)
  if (path === '/') return { name: 'home' }
  if (path === '/search') return { name: 'search', q: params.get('q') ?? '', page: pageParam(params) }
  let m = pagePaths.situation.exec(path)
  if (m) return { name: 'situation', id: m[1]!, answers: params.get('a'), at: params.get('at') }
  m = pagePaths.matter.exec(path)
  if (m) return { name: 'matter', id: m[1]! }
  m = pagePaths.department.exec(path)
  if (m) return { name: 'department', id: m[1]!, page: pageParam(params) }
  m = pagePaths.theme.exec(path)
  if (m) return { name: 'theme', id: m[1]!, page: pageParam(params) }
  // The hall's touch-screen kiosk, and the phone link its QR codes open (client/kiosk).
  if (path === '/kiosk') return { name: 'kiosk' }
  // The editors' studio (client/studio); the server decides whether its API is on (STUDIO).
  if (path === '/studio') return { name: 'studio', id: null }
  m = pagePaths.studio.exec(path)
  if (m) return { name: 'studio', id: m[1]! }
  m = pagePaths.studioMatterEdit.exec(path)
  if (m) return { name: 'studio', id: m[1]!, edit: true, matter: true }
  m = pagePaths.studioEdit.exec(path)
  if (m) return { name: 'studio', id: m[1]!, edit: true }
  m = pagePaths.handoff.exec(path)
  if (m) return { name: 'handoff', code: m[1]! }
  // Feedback (client/feedback) and the staff desk (client/staff).
  if (path === '/staff') return { name: 'staff' }
  // 我的办件 of the signed-in citizen (client/identity).
  if (path === '/me') return { name: 'me' }
  m = pagePaths.verify.exec(path)
  if (m) return { name: 'verify', id: m[1]! }
  if (path === '/tickets/new') return { name: 'ticket-new', kind: params.get('kind'), matterId: params.get('matter') }
  if (path === '/tickets/lookup') return { name: 'ticket-lookup', number: params.get('number') ?? '' }
  const liveRoute = matchLiveRoute(path, params)
  if (liveRoute) return liveRoute
  const formRoute = matchFormRoute(path, params, draftToken)
  if (formRoute) return formRoute
  return { name: 'not-found', path }
}

/** `?page=3` of a paged list; anything but a whole number from 1 opens the first page. */
function pageParam(params: URLSearchParams): number {
  const page = Number(params.get('page') ?? '1')
  return Number.isInteger(page) && page >= 1 ? page : 1
}

/** Online forms, drafts and applications (client/forms, client/applications). */
function matchFormRoute(path: string, params: URLSearchParams, draftToken: string | null): Route | null {
  let m = pagePaths.form.exec(path)
  if (m) return { name: 'form', formId: m[1]!, from: params.get('from'), answers: params.get('a') }
  if (path === draftPagePath && draftToken !== null) return { name: 'resume', token: draftToken }
  // The kiosk tells visitors who cannot scan to open `/h` and type its short code: the same box takes both codes.
  if (path === draftPagePath || path === '/h') return { name: 'resume-code' }
  if (path === '/applications/lookup') return { name: 'application-lookup', number: params.get('number') ?? '' }
  m = pagePaths.receipt.exec(path)
  if (m) return { name: 'receipt', number: m[1]!.toUpperCase() }
  return null
}

/** Bookings, queue tickets and the hall screen (client/live). */
function matchLiveRoute(path: string, params: URLSearchParams): Route | null {
  if (path === '/booking') return { name: 'booking', matter: params.get('matter'), zone: params.get('zone') }
  let m = /^\/booking\/([A-Za-z0-9]{8})$/.exec(path)
  if (m) return { name: 'booking-manage', code: m[1]!.toUpperCase() }
  if (path === '/queue') return { name: 'queue', code: params.get('code'), kiosk: params.get('kiosk') === '1' }
  m = /^\/queue\/tickets\/([A-Za-z0-9_-]{8,40})$/.exec(path)
  if (m) return { name: 'queue-ticket', id: m[1]!, print: params.get('print') === '1' }
  if (path === '/display') return { name: 'display', zone: params.get('zone') }
  return null
}
