import type Database from 'better-sqlite3'
import { sqliteAuditWriter } from './audit-log.ts'
import { licenceLookups, licencesOfCitizen, toLicence, unissuedApplications, type LicenceIssue, type LicenceStore, type StoredLicence } from './licence-store.ts'
import { refuseUnstorable } from './refuse-unstorable.ts'
import { sqliteReader, type Row } from './row-reader.ts'
import type { SqliteDatabase } from './sqlite-database.ts'

/**
 * Electronic licences on the process's SQLite connection (migration 009); writes share the drafts' group commit.
 *
 * @example const licences = sqliteLicenceStore(openSqliteDatabase(path.join(dataDir, 'drafts.sqlite')))
 */
export function sqliteLicenceStore({ db, write }: SqliteDatabase): LicenceStore {
  const q = {
    find: db.prepare('SELECT * FROM licences WHERE id = ?'),
    byApplication: db.prepare('SELECT * FROM licences WHERE application_id = ?'),
    ofCitizen: db.prepare(licencesOfCitizen('?')),
    unissued: db.prepare(unissuedApplications('SELECT value FROM json_each(?)')),
    revoke: db.prepare('UPDATE licences SET revoked_at = ?, revoked_reason = ?, revoked_by = ? WHERE id = ? AND revoked_at IS NULL'),
  }
  const audit = sqliteAuditWriter(db)
  const insert = sqliteLicenceWriter(db)
  const one = (row: unknown): StoredLicence | null => (row ? toLicence(row as Row, sqliteReader) : null)
  return refuseUnstorable<LicenceStore>({
    kind: 'sqlite',
    issue: (issue) =>
      write(() => {
        const created = insert(issue)
        return { licence: one(q.byApplication.get(issue.licence.applicationId))!, created }
      }),
    find: async (id) => one(q.find.get(id)),
    findByApplication: async (applicationId) => one(q.byApplication.get(applicationId)),
    ofCitizen: async (citizen) => (q.ofCitizen.all(citizen) as Row[]).map((r) => toLicence(r, sqliteReader)),
    unissued: async (matterIds) => (q.unissued.all(JSON.stringify(matterIds)) as Row[]).map((r) => r.number as string),
    revoke: (id, r, entry) =>
      write(() => {
        if (q.revoke.run(+r.at, r.reason, r.by, id).changes === 0) return null
        audit(entry)
        return one(q.find.get(id))
      }),
  }, licenceLookups)
}

/**
 * The licence insert on one SQLite connection, with its audit entry; call it inside the transaction that
 * decides the licence (办结), so both are written together or not at all. False, writing nothing, when the
 * application has a licence already.
 */
export function sqliteLicenceWriter(db: Database.Database): (issue: LicenceIssue) => boolean {
  const insert = db.prepare(`INSERT INTO licences (id, licence_type, matter_id, application_id, jws_sealed, issued_at, valid_until)
    VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (application_id) DO NOTHING`)
  const audit = sqliteAuditWriter(db)
  return ({ licence: l, audit: entry }) => {
    if (insert.run(l.id, l.licenceType, l.matterId, l.applicationId, l.jwsSealed, +l.issuedAt, l.validUntil ? +l.validUntil : null).changes === 0) return false
    audit(entry)
    return true
  }
}
