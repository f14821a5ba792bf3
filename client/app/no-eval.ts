// zod's core alone, not the whole `z` namespace: importing that here would put all of zod in the first script.
import { config } from 'zod/v4/core'

/**
 * Imported first by main.ts. zod 4 probes `new Function('')` when a schema is built, to decide whether
 * it may compile fast parsers; under our CSP (script-src 'self') that probe is blocked and logged as a
 * security-policy issue in every page's console. Jitless parsing skips the probe, and our payloads are small.
 */
config({ jitless: true })
