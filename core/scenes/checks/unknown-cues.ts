import { animationCues } from '../cues.ts'
import type { SceneCheck } from './scene-problem.ts'

/** A scene's `cue` must be one the hall view knows how to play (core/scenes/cues.ts). */
export const unknownCues: SceneCheck = (script) =>
  script.steps.flatMap((step, i) =>
    step.kind === 'scene' && !(animationCues as readonly string[]).includes(step.cue)
      ? [{ pointer: `/steps/${i}/cue`, message: `unknown animation cue "${step.cue}" (use one of ${animationCues.join(', ')})`, zh: `未知的动画 "${step.cue}"（可用：${animationCues.join('、')}）` }]
      : [],
  )
