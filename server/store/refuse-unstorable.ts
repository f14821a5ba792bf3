import { assertStorable, findUnstorableText } from './storable-text.ts'

/**
 * Wraps a store so that both drivers treat text neither can keep alike (see storable-text.ts): a
 * write holding it throws UnstorableTextError before the driver sees it, and a look-up by such a key
 * finds nothing (`empty` gives what "nothing" is per method: null, false, []). Without this, PostgreSQL
 * would answer with an error where SQLite stores the text.
 *
 * @example return refuseUnstorable(new SqliteRepository(db), { findDraftByTokenHash: null, statusHistory: [] })
 */
export function refuseUnstorable<T extends object>(store: T, empty: Partial<Record<keyof T, unknown>>): T {
  return new Proxy(store, {
    get(target, name, receiver) {
      const value = Reflect.get(target, name, receiver) as unknown
      if (typeof value !== 'function' || name === 'close') return value
      const method = value as (...args: unknown[]) => unknown
      if (Object.hasOwn(empty, name)) {
        const nothing = empty[name as keyof T]
        return (...args: unknown[]) => (args.every((a) => findUnstorableText(a) === null) ? method.apply(target, args) : Promise.resolve(nothing))
      }
      return (...args: unknown[]) => {
        try {
          for (const arg of args) assertStorable(arg)
        } catch (err) {
          return Promise.reject(err)
        }
        return method.apply(target, args)
      }
    },
  })
}
