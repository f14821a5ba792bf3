/** One versioned schema change, written for both databases. Applied in version order, once each. */
export type Migration = { version: number; name: string; sqlite: string; postgres: string }
