import type { Catalogue } from '../content/catalogue.ts'
import type { Text } from '../content/text.ts'

/** A value an editor picks by name instead of typing its id. */
export type NamedChoice = { value: string; label: Text }

/**
 * The choices a matter field takes from the rest of the content, by the field's path: departments,
 * themes, other matters (prerequisites), online forms. Null for a field typed as it is.
 *
 * @example namedChoices('department', catalogue, 'food-business-licence') // [{ value: 'market-regulation', label: { zh: '市场监督管理局', … } }, …]
 */
export function namedChoices(path: string, catalogue: Pick<Catalogue, 'departments' | 'themes' | 'matters' | 'forms'>, matterId: string): NamedChoice[] | null {
  const named = (list: { id: string; name: Text }[]) => list.map((x) => ({ value: x.id, label: x.name }))
  switch (path) {
    case 'department':
    case 'entrustedDepartment':
    case 'jointDepartments':
      return named(catalogue.departments)
    case 'themes':
      return named(catalogue.themes)
    case 'prerequisites':
      return named(catalogue.matters.filter((m) => m.id !== matterId))
    case 'online.form':
      return catalogue.forms.map((f) => ({ value: f.id, label: f.title }))
    default:
      return null
  }
}
