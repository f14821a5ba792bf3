import { assembleCatalogue } from './assemble-catalogue.ts'
import type { Catalogue, SourceFile } from './catalogue.ts'
import { checkCaseType } from './checks/case-type.ts'
import { checkDuplicateIds } from './checks/duplicate-ids.ts'
import { checkEnglishPlurals } from './checks/english-plurals.ts'
import { checkPoliteChinese } from './checks/polite-chinese.ts'
import { checkFees } from './checks/fees.ts'
import { checkFileNames } from './checks/file-names.ts'
import { checkFormConditions } from './checks/form-conditions.ts'
import { checkFormFields } from './checks/form-fields.ts'
import { checkFormReferences } from './checks/form-references.ts'
import { checkHallReferences } from './checks/hall-references.ts'
import { checkFormIdentity } from './checks/form-identity.ts'
import { checkLicences } from './checks/licences.ts'
import { checkMatterReferences } from './checks/matter-references.ts'
import { checkOnlineTrustLevel } from './checks/online-trust-level.ts'
import { checkPersonalData } from './checks/personal-data.ts'
import { checkPhones } from './checks/phones.ts'
import { checkPrerequisiteCycles } from './checks/prerequisite-cycles.ts'
import { checkSceneScripts } from './checks/scene-scripts.ts'
import { checkSceneThemes } from './checks/scene-themes.ts'
import { checkSchemaReferences } from './checks/schema-references.ts'
import { checkServiceTimes } from './checks/service-times.ts'
import { checkTimeLimits } from './checks/time-limits.ts'
import { checkUiStringSyntax } from './checks/ui-string-syntax.ts'
import { checkUiStrings } from './checks/ui-strings.ts'
import { checkVisits } from './checks/visits.ts'
import { checkWindowMatterAgreement } from './checks/window-matter-agreement.ts'
import { brokenIds, type ContentCheck, type FileFinding, type LoadedContent } from './loaded-content.ts'
import { locateFindings } from './locate.ts'
import type { Problem } from './problem.ts'
import type { ContentMemo } from './content-memo.ts'
import { readContent } from './read-content.ts'

/** Every check over the content, in the order an editor would fix things. */
export const contentChecks: readonly ContentCheck[] = [
  checkSchemaReferences,
  checkFileNames,
  checkDuplicateIds,
  checkMatterReferences,
  checkHallReferences,
  checkServiceTimes,
  checkFormReferences,
  checkWindowMatterAgreement,
  checkPrerequisiteCycles,
  checkCaseType,
  checkTimeLimits,
  checkOnlineTrustLevel,
  checkLicences,
  checkFormIdentity,
  checkVisits,
  checkFees,
  checkPhones,
  checkFormFields,
  checkPersonalData,
  checkFormConditions,
  checkSceneThemes,
  checkUiStrings,
  checkUiStringSyntax,
  checkEnglishPlurals,
  checkPoliteChinese,
]

/**
 * Reads, validates and cross-checks every content file and scene script. Returns the catalogue of
 * valid items (null only when departments, themes or the hall layout is missing or unreadable) and
 * every problem found, sorted by file, line and column. Never throws on bad content.
 *
 * @example
 * const { catalogue, problems } = loadCatalogue([{ path: 'content/themes.json', text }, ...])
 * problems.map(formatProblem) // ['content/themes.json:4:13  /themes/0/id  use lower-case letters, ...']
 * A `memo` kept between loads re-reads only the files whose text changed (core/content/content-memo.ts).
 */
export function loadCatalogue(files: SourceFile[], memo?: ContentMemo): { catalogue: Catalogue | null; problems: Problem[] } {
  const { content, parsed, problems } = readContent(files, memo)
  const catalogue = assembleCatalogue(content)
  const findings = [...contentChecks.flatMap((check) => check(content)), ...(catalogue ? sceneFindings(content, catalogue) : [])]
  return { catalogue, problems: sortProblems([...problems, ...locateFindings(parsed, findings)]) }
}

/** Scene problems, less those about a matter or form whose file is broken (its own problems say why). */
function sceneFindings(content: LoadedContent, catalogue: Catalogue): FileFinding[] {
  const broken = [...brokenIds(content, 'content/matters/'), ...brokenIds(content, 'content/forms/')].map((id) => `"${id}"`)
  return checkSceneScripts(content, catalogue).filter((f) => !broken.some((id) => f.message.includes(id)))
}

/** By file, then line, then column (then message, so the order is stable). */
export function sortProblems(problems: Problem[]): Problem[] {
  return [...problems].sort(
    (a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0) || a.line - b.line || a.column - b.column || (a.message < b.message ? -1 : a.message > b.message ? 1 : 0),
  )
}
