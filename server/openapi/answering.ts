import type { z } from 'zod'

/** What a value of type T is after JSON.stringify and JSON.parse: dates become ISO strings. */
type Json<T> = T extends Date ? string : T extends readonly (infer E)[] ? Json<E>[] : T extends object ? { [K in keyof T]: Json<T[K]> } : T
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false

/**
 * A response schema, checked at compile time against the type the route answers with, so the OpenAPI
 * document cannot drift from what is really sent: when the shapes differ, the call asks for a second
 * argument of type `never` and stops compiling.
 *
 * @example export const DraftViewSchema = answering<DraftView>()(z.object({ ... }))
 */
export const answering =
  <T>() =>
  <S extends z.ZodType>(schema: S, ..._sameShape: Same<z.output<S>, Json<T>> extends true ? [] : [differs: never]): S =>
    schema
