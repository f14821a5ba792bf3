import type { Answers } from '../conditions/condition.ts'
import type { HallWindow, Zone } from '../content/hall-layout.ts'
import type { Material, Matter, TimeLimit } from '../content/matter.ts'
import type { Text } from '../content/text.ts'
import { evaluate } from '../conditions/evaluate.ts'
import type { SceneScript } from './script.ts'

type OutcomeMatter = Extract<SceneScript['steps'][number], { kind: 'outcome' }>['matters'][number]

/** One matter on the 一次告知单, with only the materials that apply. */
export type OutcomeItem = {
  order: number
  matterId: string
  name: Text
  department: string
  kind: Matter['kind']
  materials: OutcomeMaterial[]
  shared: { id: string; name: Text; replacedBy?: string }[]
  windows: { number: number; zone: string; zoneName: Text }[]
  online: { available: boolean; depth: string; form?: string; trustLevel?: number }
  legalLimit: TimeLimit
  /** The script's limit for the visitor's case when it gives one (first case that holds), else the matter's. */
  promisedLimit: TimeLimit
  fees: { charged: boolean; items: { name: Text; standard: Text; amount?: number }[] }
  visits: number
  dependsOn: string[]
}

export type OutcomeMaterial = {
  id: string
  name: Text
  kind: string[]
  copies: number
  source: string
  applies: 'always' | 'condition-met' | 'check'
  condition?: Text
  blankForm?: string
  sample?: boolean
  /** 免提交: the licence type that spares it for a signed-in citizen holding a current one. */
  replacedBy?: string
}

/**
 * Builds one item. A required material applies always; a conditional one applies when the script's
 * condition for it holds, is left out when it fails, and is shown with its own condition text to
 * check when the script says nothing about it. 共享获取 materials are fetched by the government,
 * so they go to `shared` instead of the things to bring.
 */
export function outcomeItem(matter: Matter, entry: OutcomeMatter, answers: Answers, hall: { zones: Zone[]; windows: Pick<HallWindow, 'number' | 'zone'>[] }, order: number, onList: Set<string>): OutcomeItem {
  const applying = matter.materials.flatMap((m) => {
    const applies = appliesOf(m, entry, answers)
    return applies ? [{ material: m, applies }] : []
  })
  const zones = new Map(hall.zones.map((z) => [z.id, z]))
  return {
    order,
    matterId: matter.id,
    name: matter.name,
    department: matter.department,
    kind: matter.kind,
    materials: applying.filter(({ material }) => material.source !== '共享获取').map(({ material, applies }) => toBring(material, applies)),
    shared: applying.filter(({ material }) => material.source === '共享获取').map(({ material }) => ({ id: material.id, name: material.name, ...(material.replacedBy ? { replacedBy: material.replacedBy } : {}) })),
    windows: matter.windows.flatMap((number) => {
      const window = hall.windows.find((w) => w.number === number)
      const zone = window && zones.get(window.zone)
      return window && zone ? [{ number, zone: zone.id, zoneName: zone.name }] : []
    }),
    online: { available: matter.online.available, depth: matter.online.depth, ...(matter.online.form ? { form: matter.online.form } : {}), ...(matter.online.trustLevel ? { trustLevel: matter.online.trustLevel } : {}) },
    legalLimit: matter.legalLimit,
    promisedLimit: entry.promisedLimits?.find((c) => evaluate(c.when, answers))?.limit ?? matter.promisedLimit,
    fees: {
      charged: matter.fees.charged,
      items: matter.fees.items.map((f) => ({ name: f.name, standard: f.standard, ...(f.amount !== undefined ? { amount: f.amount } : {}) })),
    },
    // A matter handled fully online (深度 IV) needs no trip to the hall, whatever else the guide says.
    visits: matter.online.depth === 'IV' ? 0 : matter.visits.count,
    dependsOn: matter.prerequisites.filter((id) => onList.has(id) && id !== matter.id),
  }
}

function appliesOf(material: Material, entry: OutcomeMatter, answers: Answers): OutcomeMaterial['applies'] | undefined {
  if (material.required) return 'always'
  const when = entry.materials?.[material.id]
  if (when === undefined) return 'check'
  return evaluate(when, answers) ? 'condition-met' : undefined
}

function toBring(material: Material, applies: OutcomeMaterial['applies']): OutcomeMaterial {
  return {
    id: material.id,
    name: material.name,
    kind: material.kind,
    copies: material.copies,
    source: material.source,
    applies,
    ...(material.condition ? { condition: material.condition } : {}),
    ...(material.blankForm ? { blankForm: material.blankForm } : {}),
    ...(material.sample !== undefined ? { sample: material.sample } : {}),
    ...(material.replacedBy ? { replacedBy: material.replacedBy } : {}),
  }
}
