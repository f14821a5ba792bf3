import { logLevels, type Settings } from './settings.ts'

/** A log function that prints what is at or above LOG_LEVEL: warnings and errors to stderr, the rest to stdout. */
export function logger(level: Settings['logLevel']) {
  const threshold = logLevels.indexOf(level)
  return (at: Settings['logLevel'], message: string) => {
    if (logLevels.indexOf(at) >= threshold && level !== 'silent') (at === 'error' || at === 'warn' ? console.error : console.log)(message)
  }
}
