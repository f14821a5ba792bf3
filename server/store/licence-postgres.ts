import type pg from 'pg'
import { insertPostgresAudit } from './audit-log.ts'
import { licenceLookups, licencesOfCitizen, toLicence, unissuedApplications, type LicenceIssue, type LicenceStore, type StoredLicence } from './licence-store.ts'
import type { PostgresDatabase } from './postgres-database.ts'
import { refuseUnstorable } from './refuse-unstorable.ts'
import { postgresReader, type Row } from './row-reader.ts'

/**
 * Electronic licences on the process's PostgreSQL pool (migration 009).
 *
 * @example const licences = postgresLicenceStore(await openPostgresDatabase({ connectionString: settings.databaseUrl }))
 */
export function postgresLicenceStore({ pool, transaction }: PostgresDatabase): LicenceStore {
  const one = (rows: Row[]): StoredLicence | null => (rows[0] ? toLicence(rows[0], postgresReader) : null)
  const find = async (id: string) => one((await pool.query<Row>('SELECT * FROM licences WHERE id = $1', [id])).rows)
  return refuseUnstorable<LicenceStore>({
    kind: 'postgres',
    issue: (issue) =>
      transaction(async (client) => {
        const inserted = await insertPostgresLicence(client, issue)
        if (inserted) return { licence: toLicence(inserted, postgresReader), created: true }
        return { licence: one((await client.query<Row>('SELECT * FROM licences WHERE application_id = $1', [issue.licence.applicationId])).rows)!, created: false }
      }),
    find,
    findByApplication: async (applicationId) => one((await pool.query<Row>('SELECT * FROM licences WHERE application_id = $1', [applicationId])).rows),
    ofCitizen: async (citizen) => (await pool.query<Row>(licencesOfCitizen('$1'), [citizen])).rows.map((r) => toLicence(r, postgresReader)),
    unissued: async (matterIds) => (await pool.query<Row>(unissuedApplications('SELECT unnest($1::text[])'), [matterIds])).rows.map((r) => r.number as string),
    revoke: (id, r, entry) =>
      transaction(async (client) => {
        const changed = await client.query<Row>('UPDATE licences SET revoked_at = $1, revoked_reason = $2, revoked_by = $3 WHERE id = $4 AND revoked_at IS NULL RETURNING *', [r.at, r.reason, r.by, id])
        if (changed.rows.length === 0) return null
        await insertPostgresAudit(client, entry)
        return one(changed.rows)
      }),
  }, licenceLookups)
}

/**
 * The licence insert for PostgreSQL, with its audit entry; pass the client of the transaction that decides
 * the licence (办结). The row written, or null (nothing written) when the application has a licence already.
 */
export async function insertPostgresLicence(client: pg.PoolClient, { licence: l, audit }: LicenceIssue): Promise<Row | null> {
  const inserted = await client.query<Row>(
    `INSERT INTO licences (id, licence_type, matter_id, application_id, jws_sealed, issued_at, valid_until)
     VALUES ($1, $2, $3, $4, $5, $6, $7) ON CONFLICT (application_id) DO NOTHING RETURNING *`,
    [l.id, l.licenceType, l.matterId, l.applicationId, l.jwsSealed, l.issuedAt, l.validUntil],
  )
  if (inserted.rows.length === 0) return null
  await insertPostgresAudit(client, audit)
  return inserted.rows[0]!
}
