/**
 * The animation cues a scene step may name. The hall view gives each one its motion; a script naming
 * any other cue fails the checks. Keep this list in step with client/hall (a test there enforces it).
 */
export const animationCues = [
  'greet', // the guide waves at the entrance
  'walk', // guide and visitor walk to the step's place
  'point', // the guide points at the place from where they stand
  'take-ticket', // the visitor takes a queue ticket
  'wait', // the visitor sits in the waiting area
  'hand-over', // the visitor hands documents over the counter
  'use-kiosk', // the visitor uses a self-service kiosk
  'celebrate', // the end of a journey
] as const
export type AnimationCue = (typeof animationCues)[number]
