import type { Migration } from './migration.ts'

/**
 * Bookings (预约) and queue tickets (取号) of the live hall (issue 18).
 * - `slot_bookings` counts the bookings of each slot: a booking raises its count only while it is
 *   below the slot's capacity, in the same statement, so capacity holds under any concurrency.
 * - One live booking per person, zone and day is a partial unique index on the person's keyed hash.
 * - `ticket_counters` gives each zone its day's ticket sequence (A001, A002...).
 * - `live_versions` numbers every change of the queue; it is the id of the server-sent events.
 * Personal data (name, mobile, last 4 of the ID number) is sealed; tickets keep only the masked name.
 */
export const bookingsAndQueueTickets: Migration = {
  version: 6,
  name: 'bookings-and-queue-tickets',
  sqlite: `
    CREATE TABLE bookings (
      id TEXT PRIMARY KEY,
      code_hash TEXT NOT NULL UNIQUE,
      code_sealed TEXT NOT NULL,
      zone TEXT NOT NULL,
      date TEXT NOT NULL,
      slot TEXT NOT NULL,
      starts_at INTEGER NOT NULL,
      ends_at INTEGER NOT NULL,
      person_hash TEXT NOT NULL,
      name_sealed TEXT NOT NULL,
      mobile_sealed TEXT NOT NULL,
      id_last4_sealed TEXT NOT NULL,
      matter_id TEXT,
      status TEXT NOT NULL CHECK (status IN ('booked', 'cancelled', 'checked-in', 'no-show')),
      created_at INTEGER NOT NULL,
      updated_at INTEGER NOT NULL
    );
    CREATE UNIQUE INDEX bookings_one_per_person_zone_day ON bookings (person_hash, zone, date) WHERE status <> 'cancelled';
    CREATE INDEX bookings_by_person ON bookings (person_hash, status);
    CREATE INDEX bookings_by_end ON bookings (status, ends_at);
    CREATE TABLE slot_bookings (zone TEXT NOT NULL, date TEXT NOT NULL, slot TEXT NOT NULL, booked INTEGER NOT NULL, PRIMARY KEY (zone, date, slot));
    CREATE TABLE ticket_counters (date TEXT NOT NULL, zone TEXT NOT NULL, last INTEGER NOT NULL, PRIMARY KEY (date, zone));
    CREATE TABLE tickets (
      id TEXT PRIMARY KEY,
      date TEXT NOT NULL,
      zone TEXT NOT NULL,
      seq INTEGER NOT NULL,
      number TEXT NOT NULL,
      lane TEXT NOT NULL CHECK (lane IN ('priority', 'booked', 'walk-in')),
      lane_rank INTEGER NOT NULL,
      status TEXT NOT NULL CHECK (status IN ('waiting', 'called', 'missed', 'done')),
      queued_at INTEGER NOT NULL,
      called_at INTEGER,
      calls INTEGER NOT NULL DEFAULT 0,
      window_number INTEGER,
      finished_at INTEGER,
      rechecks INTEGER NOT NULL DEFAULT 0,
      masked_name TEXT,
      booking_id TEXT UNIQUE REFERENCES bookings (id),
      UNIQUE (date, number)
    );
    CREATE INDEX tickets_waiting ON tickets (date, zone, status, lane_rank, queued_at, seq);
    CREATE TABLE live_versions (id INTEGER PRIMARY KEY CHECK (id = 1), version INTEGER NOT NULL);
    INSERT INTO live_versions (id, version) VALUES (1, 0);
  `,
  postgres: `
    CREATE TABLE bookings (
      id TEXT PRIMARY KEY,
      code_hash TEXT NOT NULL UNIQUE,
      code_sealed TEXT NOT NULL,
      zone TEXT NOT NULL,
      date TEXT NOT NULL,
      slot TEXT NOT NULL,
      starts_at TIMESTAMPTZ NOT NULL,
      ends_at TIMESTAMPTZ NOT NULL,
      person_hash TEXT NOT NULL,
      name_sealed TEXT NOT NULL,
      mobile_sealed TEXT NOT NULL,
      id_last4_sealed TEXT NOT NULL,
      matter_id TEXT,
      status TEXT NOT NULL CHECK (status IN ('booked', 'cancelled', 'checked-in', 'no-show')),
      created_at TIMESTAMPTZ NOT NULL,
      updated_at TIMESTAMPTZ NOT NULL
    );
    CREATE UNIQUE INDEX bookings_one_per_person_zone_day ON bookings (person_hash, zone, date) WHERE status <> 'cancelled';
    CREATE INDEX bookings_by_person ON bookings (person_hash, status);
    CREATE INDEX bookings_by_end ON bookings (status, ends_at);
    CREATE TABLE slot_bookings (zone TEXT NOT NULL, date TEXT NOT NULL, slot TEXT NOT NULL, booked INTEGER NOT NULL, PRIMARY KEY (zone, date, slot));
    CREATE TABLE ticket_counters (date TEXT NOT NULL, zone TEXT NOT NULL, last INTEGER NOT NULL, PRIMARY KEY (date, zone));
    CREATE TABLE tickets (
      id TEXT PRIMARY KEY,
      date TEXT NOT NULL,
      zone TEXT NOT NULL,
      seq INTEGER NOT NULL,
      number TEXT NOT NULL,
      lane TEXT NOT NULL CHECK (lane IN ('priority', 'booked', 'walk-in')),
      lane_rank INTEGER NOT NULL,
      status TEXT NOT NULL CHECK (status IN ('waiting', 'called', 'missed', 'done')),
      queued_at TIMESTAMPTZ NOT NULL,
      called_at TIMESTAMPTZ,
      calls INTEGER NOT NULL DEFAULT 0,
      window_number INTEGER,
      finished_at TIMESTAMPTZ,
      rechecks INTEGER NOT NULL DEFAULT 0,
      masked_name TEXT,
      booking_id TEXT UNIQUE REFERENCES bookings (id),
      UNIQUE (date, number)
    );
    CREATE INDEX tickets_waiting ON tickets (date, zone, status, lane_rank, queued_at, seq);
    CREATE SEQUENCE live_versions;
  `,
}
