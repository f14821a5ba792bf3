import { feedbackApi } from '../api/feedback.ts'

/**
 * Reports a journey anonymously for the editors' funnel: `started` once, `finished` at the outcome,
 * and `stopped` with the last step when the page is left or the journey restarted before finishing.
 * Only scene and step ids leave the browser, never answers.
 *
 * @example const track = trackJourney('open-restaurant', 'welcome'); track.step('floor-area'); track.finish('your-list')
 */
export function trackJourney(scene: string, firstStep: string) {
  let last = firstStep
  let done = false
  // A random id for this one walk through the scene, so the server counts its start and end once.
  const journey = newJourneyId()
  feedbackApi.journeyEvent({ kind: 'started', journey, scene, step: firstStep })
  const leave = () => {
    if (!done) feedbackApi.journeyEvent({ kind: 'stopped', journey, scene, step: last })
    done = true
  }
  if (typeof window !== 'undefined') window.addEventListener('pagehide', leave, { once: true })
  return {
    step(id: string) {
      last = id
    },
    finish(outcome: string) {
      if (!done) feedbackApi.journeyEvent({ kind: 'finished', journey, scene, step: outcome, outcome })
      done = true
    },
    /** Leaving inside the app (another page, a restart) counts as stopping. */
    leave() {
      leave()
      if (typeof window !== 'undefined') window.removeEventListener('pagehide', leave)
    },
  }
}

/** 16 random base64url characters; nothing about the person or the device. */
function newJourneyId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(12))
  return btoa(String.fromCharCode(...bytes)).replace(/\+/g, '-').replace(/\//g, '_')
}
