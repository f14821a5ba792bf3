/** What the ticket page tells a visitor about: nothing, their turn is near (3rd in line), or they are called. */
export type TicketMoment = 'waiting' | 'near' | 'called'

/** The moment of a ticket with `ahead` people before it (null once it is not waiting) and its status. */
export function momentOf(status: string, ahead: number | null): TicketMoment {
  if (status === 'called') return 'called'
  return status === 'waiting' && ahead !== null && ahead <= 2 ? 'near' : 'waiting'
}

/** Sound and vibration, where the device allows: a short beep for 'near', three for 'called'. */
export function alertVisitor(moment: TicketMoment): void {
  if (moment === 'waiting') return
  navigator.vibrate?.(moment === 'called' ? [300, 150, 300, 150, 300] : [200])
  try {
    const audio = new AudioContext()
    const beeps = moment === 'called' ? 3 : 1
    for (let i = 0; i < beeps; i++) {
      const tone = audio.createOscillator()
      tone.frequency.value = 880
      tone.connect(audio.destination)
      tone.start(audio.currentTime + i * 0.35)
      tone.stop(audio.currentTime + i * 0.35 + 0.2)
    }
  } catch {
    // No audio device (or not allowed yet): the title and the page still say it.
  }
}
