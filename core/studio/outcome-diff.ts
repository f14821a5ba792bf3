import type { Answers } from '../conditions/condition.ts'
import type { Catalogue } from '../content/catalogue.ts'
import { buildOutcome, type Outcome } from '../scenes/outcome.ts'
import { enumeratePaths } from '../scenes/paths.ts'
import type { SceneScript } from '../scenes/script.ts'
import { isValidAnswer } from '../scenes/valid-answer.ts'
import { showLimit } from '../content/promised-beyond-legal.ts'
import { stepsById, walkPath } from '../scenes/walk.ts'

/** What the citizen is told at the end of a route: the outcome step, each matter with its materials and promised limit in order, and the totals. */
export type OutcomeShape = { step: string; matters: { matter: string; materials: string[]; promised: string }[]; totals: Outcome['totals'] }

/** One total of the list that changed, e.g. hall visits 1 → 2. */
export type TotalChange = { total: keyof Outcome['totals']; before: number; after: number }

/** Why a route ends without a list in one version: an answer it no longer accepts, or nowhere to go. */
export type NoOutcome = { stop: string; reason: 'answer-rejected' | 'dead-end' }

/** One difference a citizen on this route would notice. */
export type OutcomeDifference =
  | { kind: 'outcome-step'; before: string; after: string }
  | { kind: 'matter-added' | 'matter-removed'; matter: string }
  | { kind: 'matters-reordered'; before: string[]; after: string[] }
  | { kind: 'materials'; matter: string; added: string[]; removed: string[] }
  | { kind: 'promised-limit'; matter: string; before: string; after: string }
  | { kind: 'totals'; changes: TotalChange[] }
  | { kind: 'no-outcome'; before: OutcomeShape | NoOutcome; after: OutcomeShape | NoOutcome }

/** A route whose outcome differs between the two versions: the answers that take it and what changed. */
export type ChangedPath = { answers: Answers; differences: OutcomeDifference[] }

/**
 * Which answer routes give a different outcome in `after` than in `before`. Each version is judged
 * against its own catalogue (`afterCatalogue` defaults to the same), so an edited matter shows too:
 * a prerequisite removed reorders lists, a material added appears on every route listing the
 * matter, a changed visit count or fee changes the totals. Routes come from enumerating both
 * versions; a route one version leaves unfinished because it asks a question the other does not is
 * covered by that version's own routes and is skipped. Sorted by the answers, so output is stable.
 *
 * @example diffOutcomes(mainScript, editedScript, catalogue) // [{ answers: { staff: true, ... }, differences: [{ kind: 'matter-added', matter: 'employer-social-insurance-registration' }] }]
 */
export function diffOutcomes(before: SceneScript, after: SceneScript, catalogue: Catalogue, afterCatalogue: Catalogue = catalogue): ChangedPath[] {
  return compareOutcomes(before, after, catalogue, afterCatalogue).changed
}

/** As diffOutcomes, with the number of routes compared, so a reviewer reads "3 of 72 routes". */
export function compareOutcomes(before: SceneScript, after: SceneScript, catalogue: Catalogue, afterCatalogue: Catalogue = catalogue): { routes: number; changed: ChangedPath[] } {
  const routes = new Map<string, Answers>()
  for (const script of [before, after]) {
    for (const { answers } of enumeratePaths(script)) {
      const kept = onRoutes(before, after, answers)
      routes.set(canonical(kept), kept)
    }
  }
  const changed: ChangedPath[] = []
  let compared = 0
  for (const key of [...routes.keys()].sort()) {
    const answers = routes.get(key)!
    const was = endOf(before, catalogue, answers)
    const now = endOf(after, afterCatalogue, answers)
    if (was === 'unfinished' || now === 'unfinished') continue
    compared++
    const differences = compare(was, now)
    if (differences.length > 0) changed.push({ answers, differences })
  }
  return { routes: compared, changed }
}

/**
 * The given answers to the questions on the routes they take in either version, in the order they
 * are asked (valid or not: an answer a version rejects is a change to report).
 */
function onRoutes(before: SceneScript, after: SceneScript, answers: Answers): Answers {
  const asked = new Set([...walkPath(after, answers).path, ...walkPath(before, answers).path])
  return Object.fromEntries([...asked].filter((id) => id in answers).map((id) => [id, answers[id]!]))
}

function canonical(answers: Answers): string {
  return JSON.stringify(Object.keys(answers).sort().map((id) => [id, answers[id]]))
}

function endOf(script: SceneScript, catalogue: Catalogue, answers: Answers): OutcomeShape | NoOutcome | 'unfinished' {
  const outcome = buildOutcome(script, catalogue, answers)
  if (outcome) return shapeOf(outcome)
  const stop = walkPath(script, answers).stop
  const step = stepsById(script).get(stop)
  if (step?.kind !== 'question') return { stop, reason: 'dead-end' }
  return stop in answers && !isValidAnswer(step, answers[stop]) ? { stop, reason: 'answer-rejected' } : 'unfinished'
}

function shapeOf(outcome: Outcome): OutcomeShape {
  return {
    step: outcome.step,
    matters: outcome.items.map((item) => ({
      matter: item.matterId,
      materials: [...item.materials.map((m) => (m.applies === 'check' ? `${m.id} (check)` : m.id)), ...item.shared.map((m) => `${m.id} (shared)`)],
      promised: showLimit(item.promisedLimit),
    })),
    totals: outcome.totals,
  }
}

const isShape = (end: OutcomeShape | NoOutcome): end is OutcomeShape => 'matters' in end

function compare(was: OutcomeShape | NoOutcome, now: OutcomeShape | NoOutcome): OutcomeDifference[] {
  if (!isShape(was) || !isShape(now)) {
    return JSON.stringify(was) === JSON.stringify(now) ? [] : [{ kind: 'no-outcome', before: was, after: now }]
  }
  const differences: OutcomeDifference[] = []
  if (was.step !== now.step) differences.push({ kind: 'outcome-step', before: was.step, after: now.step })
  const ids = (shape: OutcomeShape) => shape.matters.map((m) => m.matter)
  const [before, after] = [ids(was), ids(now)]
  for (const matter of after.filter((id) => !before.includes(id))) differences.push({ kind: 'matter-added', matter })
  for (const matter of before.filter((id) => !after.includes(id))) differences.push({ kind: 'matter-removed', matter })
  const kept = (list: string[], other: string[]) => list.filter((id) => other.includes(id))
  if (kept(before, after).join() !== kept(after, before).join()) differences.push({ kind: 'matters-reordered', before, after })
  for (const { matter, materials, promised } of now.matters) {
    const listed = was.matters.find((m) => m.matter === matter)
    if (!listed) continue
    const old = listed.materials
    const added = materials.filter((m) => !old.includes(m))
    const removed = old.filter((m) => !materials.includes(m))
    if (added.length + removed.length > 0) differences.push({ kind: 'materials', matter, added, removed })
    // A matter's promised limit for the route's case (or its guide's) changed: the longest total may not show it.
    if (listed.promised !== promised) differences.push({ kind: 'promised-limit', matter, before: listed.promised, after: promised })
  }
  const totals = (Object.keys(now.totals) as (keyof Outcome['totals'])[])
    .filter((total) => total !== 'matters' && was.totals[total] !== now.totals[total])
    .map((total) => ({ total, before: was.totals[total], after: now.totals[total] }))
  if (totals.length > 0) differences.push({ kind: 'totals', changes: totals })
  return differences
}
