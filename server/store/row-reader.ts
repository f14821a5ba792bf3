/** A row as a driver returns it. */
export type Row = Record<string, unknown>

/**
 * How one driver's columns read back: SQLite keeps times as epoch milliseconds and JSON as text;
 * PostgreSQL's driver returns Date objects and parsed JSONB. The row mappers take one of these, so
 * each mapper is written once for both.
 */
export type RowReader = { time: (v: unknown) => Date; json: (v: unknown) => unknown }

export const sqliteReader: RowReader = { time: (v) => new Date(v as number), json: (v) => (v === null || v === undefined ? null : JSON.parse(v as string)) }
export const postgresReader: RowReader = { time: (v) => new Date(v as Date), json: (v) => v ?? null }

/** A nullable text column. */
export const text = (v: unknown): string | null => (v as string | null | undefined) ?? null
