import type { Catalogue } from '../../core/content/catalogue.ts'
import type { GuideReferences } from '../../core/exchange/guide-references.ts'

export function guideReferences(catalogue: Catalogue): GuideReferences {
  return {
    departments: catalogue.departments,
    themes: catalogue.themes,
    windows: catalogue.hall.windows.map((w) => w.number),
    matters: catalogue.matters,
  }
}
