import type { QuestionProgress } from '../../../core/scenes/progress.ts'
import type { NarrationStep } from '../../../core/scenes/screens.ts'
import type { QuestionStep } from '../../../core/scenes/script.ts'

/** One question screen worked out beforehand, for the bare baseline page. */
export type BareScreen = { question: QuestionStep; narration: NarrationStep[]; progress: QuestionProgress }
