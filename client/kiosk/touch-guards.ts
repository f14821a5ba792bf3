type Listen = (target: EventTarget, type: string, handler: (event: Event) => void, options?: AddEventListenerOptions) => void

const editable = (target: EventTarget | null) => target instanceof Element && target.closest('input, textarea, [contenteditable="true"]') !== null

/**
 * The browser gestures a shared touch screen must not offer: the context menu, text selection and
 * dragging, pinch zoom (two-finger moves, Safari's gesture events, ctrl+wheel and ctrl +/-), and links
 * that leave the kiosk. Registered through `listen` so the controller owns and removes them.
 */
export function installTouchGuards(listen: Listen, doc: Document): void {
  const prevent = (event: Event) => event.preventDefault()
  listen(doc, 'contextmenu', prevent)
  listen(doc, 'dragstart', prevent)
  listen(doc, 'selectstart', (e) => editable(e.target) || e.preventDefault())
  listen(doc, 'gesturestart', prevent)
  listen(doc, 'touchmove', (e) => (e as TouchEvent).touches.length > 1 && e.preventDefault(), { passive: false })
  listen(doc, 'wheel', (e) => (e as WheelEvent).ctrlKey && e.preventDefault(), { passive: false })
  listen(doc, 'keydown', (e) => {
    const key = e as KeyboardEvent
    if ((key.ctrlKey || key.metaKey) && ['+', '-', '=', '0'].includes(key.key)) key.preventDefault()
  })
  // Every link inside the kiosk is shown as text; a tap on one does nothing (runs before the app router).
  listen(doc, 'click', (e) => (e.target as Element | null)?.closest?.('a[href]') && e.preventDefault(), { capture: true })
  listen(doc, 'auxclick', prevent, { capture: true })
}

/** Pinch zoom off for the kiosk only; returns how to restore the page's own viewport. */
export function lockViewport(doc: Document): () => void {
  let meta = doc.querySelector<HTMLMetaElement>('meta[name="viewport"]')
  const created = !meta
  if (!meta) {
    meta = doc.createElement('meta')
    meta.name = 'viewport'
    doc.head.append(meta)
  }
  const before = meta.content
  meta.content = 'width=device-width, initial-scale=1, maximum-scale=1, user-scalable=no'
  return () => (created ? meta.remove() : (meta.content = before))
}
