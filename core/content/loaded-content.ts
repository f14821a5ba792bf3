import type { PatchedScript } from '../scenes/patch-script.ts'
import type { SceneScript } from '../scenes/script.ts'
import type { Department } from './department.ts'
import type { FormDefinition } from './form.ts'
import type { Facility, HallLayout, HallWindow, Zone } from './hall-layout.ts'
import type { Matter } from './matter.ts'
import type { ZoneServiceTimes } from '../live/service-times.ts'
import type { SchemaName } from './schemas-for-files.ts'
import type { Locale } from './text.ts'
import type { Theme } from './theme.ts'
import type { UiStrings } from './ui-strings.ts'

/** A valid item and where it was written: the file and the JSON pointer of the item inside it. */
export type Located<T> = { file: string; pointer: string; value: T }

/**
 * Everything that passed its schema, each item with its place, ready for the cross-reference checks.
 * Items that failed their schema are absent (their problems are already reported).
 */
export type LoadedContent = {
  /** Every parsed file with its raw JSON value, whether or not it passed its schema. */
  sources: { file: string; schemaName: SchemaName; raw: unknown }[]
  departments: Located<Department>[]
  themes: Located<Theme>[]
  /** The hall's own fields; its zones, windows and facilities are the valid ones listed below. */
  hall: Located<HallLayout> | null
  zones: Located<Zone>[]
  windows: Located<HallWindow>[]
  facilities: Located<Facility>[]
  /** Each zone's bookings and tickets, from content/hall/service-times.json (none when the file is absent). */
  serviceTimes: Located<ZoneServiceTimes>[]
  matters: Located<Matter>[]
  forms: Located<FormDefinition>[]
  scenes: Located<SceneScript>[]
  /** Scenes that failed their schema, patched just enough to check the rest of them (never served). */
  patchedScenes: Located<PatchedScript>[]
  strings: (Located<UiStrings> & { locale: Locale })[]
  /** Files that did not parse or failed their schema (some of their items may still be above). */
  broken: string[]
}

/** A problem found by a check, before it is placed at a line and column. */
export type FileFinding = { file: string; pointer: string; message: string; zh: string }

/** One consistency check over the loaded content. */
export type ContentCheck = (content: LoadedContent) => FileFinding[]

/**
 * Whether a reference into `file` can be judged: when the file is broken, an id that seems unknown is
 * most likely in its broken part, and saying so would only repeat the file's own problems.
 */
export function canJudgeReferencesInto(content: LoadedContent, file: string): boolean {
  return !content.broken.includes(file)
}

/** Ids of matters or forms whose files exist but are broken: named by their files, so not unknown. */
export function brokenIds(content: LoadedContent, folder: 'content/matters/' | 'content/forms/'): Set<string> {
  return new Set(content.broken.filter((f) => f.startsWith(folder)).map((f) => f.slice(folder.length).replace(/\.json$/, '')))
}

/** Content with nothing in it yet, filled file by file as they are read. */
export function emptyContent(): LoadedContent {
  return { sources: [], departments: [], themes: [], hall: null, zones: [], windows: [], facilities: [], serviceTimes: [], matters: [], forms: [], scenes: [], patchedScenes: [], strings: [], broken: [] }
}
