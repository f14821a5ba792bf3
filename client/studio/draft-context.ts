import { getContext, setContext } from 'svelte'
import type { SceneDraft } from './scene-draft.svelte.ts'

const draftKey = Symbol('studio draft')
const problemsKey = Symbol('studio problems')

/** A live check's messages, each at a JSON pointer of the file being edited. */
export type LiveProblems = { readonly problems: readonly { pointer: string; message: string; zh: string }[] }

/** The situation editor shares its draft with the steps below it (catalogue, ids, step moves). */
export const provideDraft = (draft: SceneDraft): SceneDraft => setContext(draftKey, draft)
export const useDraft = (): SceneDraft => getContext<SceneDraft>(draftKey)

/** Any editor (situation or matter) shares its live check with the fields that show its messages. */
export const provideProblems = (source: LiveProblems): LiveProblems => setContext(problemsKey, source)
export const useProblems = (): LiveProblems => getContext<LiveProblems>(problemsKey)
/** The same, as the context a component is rendered with on its own (component tests). */
export const problemsContext = (source: LiveProblems): Map<symbol, LiveProblems> => new Map([[problemsKey, source]])
