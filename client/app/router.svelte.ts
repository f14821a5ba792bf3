import { draftPagePath, draftTokenOfLink } from '../../core/routes/draft-link.ts'
import { draftEntry, draftTokenOfEntry, moveDraftTokenOutOfAddress } from './draft-address.ts'
import { matchRoute, type Route } from './route.ts'

/**
 * A small history router: the current URL in $state, links intercepted on the document, Back and
 * Forward through popstate. Pages are chosen in App.svelte from `router.route`. A draft's token is
 * never in the address: a draft link's is moved into the history entry's state (draft-address.ts).
 */
class Router {
  pathname = $state('/')
  search = $state('')
  /** The token of the draft this history entry opens, kept in its state rather than its address. */
  draftToken = $state<string | null>(null)
  /** Bumped on every navigation the user makes, so pages can move focus to their heading. */
  visits = $state(0)
  route: Route = $derived(matchRoute(this.pathname, this.search, this.draftToken))

  #sync = () => {
    moveDraftTokenOutOfAddress()
    this.pathname = location.pathname
    this.search = location.search
    this.draftToken = draftTokenOfEntry(history.state)
  }

  constructor() {
    if (typeof location !== 'undefined') this.#sync()
  }

  /** Starts listening; returns a function that stops it. */
  start(): () => void {
    const onPop = () => {
      this.#sync()
      this.visits++
    }
    const onClick = (event: MouseEvent) => this.#intercept(event)
    window.addEventListener('popstate', onPop)
    document.addEventListener('click', onClick)
    return () => {
      window.removeEventListener('popstate', onPop)
      document.removeEventListener('click', onClick)
    }
  }

  navigate(href: string): void {
    history.pushState(null, '', href)
    this.#sync()
    this.visits++
    window.scrollTo?.(0, 0)
  }

  /** Changes the URL without a new history entry (keeps a journey's share link current); `state` replaces the entry's state. */
  replace(href: string, state: unknown = history.state): void {
    history.replaceState(state, '', href)
    this.#sync()
  }

  /** Opens a draft at `/resume`, its token in the state of a new history entry (or of this one, with `replace`). */
  openDraft(token: string, { replace = false } = {}): void {
    if (replace) history.replaceState(draftEntry(token), '', draftPagePath)
    else history.pushState(draftEntry(token), '', draftPagePath)
    this.#sync()
    if (replace) return
    this.visits++
    window.scrollTo?.(0, 0)
  }

  /** A new history entry for a place inside the current page (a journey's next question), with its state. */
  push(href: string, state: unknown): void {
    history.pushState(state, '', href)
    this.#sync()
  }

  #intercept(event: MouseEvent): void {
    if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return
    const anchor = (event.target as Element | null)?.closest?.('a')
    if (!anchor || anchor.target || anchor.hasAttribute('download')) return
    const url = new URL(anchor.href, location.href)
    // The API, sign-in (/auth, the server's redirects) and the kiosk are whole-page loads, never pages of this app.
    if (url.origin !== location.origin || /^\/(api|auth)\//.test(url.pathname) || url.pathname.startsWith('/kiosk')) return
    const elsewhere = url.pathname + url.search !== location.pathname + location.search
    const draftLink = draftTokenOfLink(url.pathname, url.hash) !== null
    // A place in this page (the skip link to #main): the browser scrolls there and moves focus.
    if (!elsewhere && !draftLink && url.hash) return
    event.preventDefault()
    if (elsewhere || draftLink) this.navigate(url.pathname + url.search + url.hash)
  }
}

export const router = new Router()
