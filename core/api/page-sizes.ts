/**
 * How many rows the lists give at a time, shared by the server's paging and the client's page links
 * (this file has no imports, so the client's first script stays small).
 */

/** The most rows one page of a list may ask for: a catalogue of thousands is never sent whole. */
export const maxPageSize = 200
/** How many matters a page of a department or theme shows. */
export const listPageSize = 20
/** How many matters a page of /api/matters gives unless `limit` says. */
export const matterPageSize = 50
/** How many matters the hall directory names per window; the rest are a paged /api/matters?window= away. */
export const namedPerWindow = 6
