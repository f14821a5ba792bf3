import { bothDialects } from './dialect.ts'

/** The status history is a record of what happened: the database itself refuses edits and deletions. */
export const appendOnlyStatusHistory = bothDialects(2, 'append-only-status-history', (d) => d.appendOnly('application_status', 'the application status history is append-only'))
