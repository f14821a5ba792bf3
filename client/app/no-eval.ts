/**
 * Imported first by main.ts. zod 4 probes `new Function('')` when a schema is built, to decide whether
 * it may compile fast parsers; under our CSP (script-src 'self') that probe is blocked and logged as a
 * security-policy issue in every page's console. Jitless parsing skips the probe, and our payloads are small.
 *
 * zod keeps its settings on `globalThis.__zod_globalConfig` and adopts one already there, so setting it
 * needs no zod code: zod itself loads only with the pages that validate (forms, ratings, tickets), not
 * in the first script. no-eval.test.ts checks that zod still reads it.
 */
const holder = globalThis as { __zod_globalConfig?: { jitless?: boolean } }
// In place: a zod already loaded keeps a reference to this object.
;(holder.__zod_globalConfig ??= {}).jitless = true
// A module, so main.ts imports it first for this one effect.
export {}
