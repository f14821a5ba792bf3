import { bothDialects } from './dialect.ts'

/**
 * Electronic licences (电子证照, issue 19): one per finished application of a matter that issues one. The
 * licence itself is a JWS signed with the centre's key, kept sealed under the data key; the columns beside
 * it are what verifying and listing need without opening it. Whose it is follows from its application (the
 * citizen who owns the application's draft, migration 008), as in 我的办件. Revoking keeps the row, with
 * when, why and by whom.
 */
export const electronicLicences = bothDialects(9, 'electronic-licences', (d) => `
  CREATE TABLE licences (
    id TEXT PRIMARY KEY,
    licence_type TEXT NOT NULL,
    matter_id TEXT NOT NULL,
    application_id TEXT NOT NULL UNIQUE,
    jws_sealed TEXT NOT NULL,
    issued_at ${d.time} NOT NULL,
    valid_until ${d.time},
    revoked_at ${d.time},
    revoked_reason TEXT,
    revoked_by TEXT
  );
`)
