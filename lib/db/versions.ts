/**
 * The database's schema history. Each entry is one Dexie version: the
 * indexes of every table at that version and, when records must change
 * shape, an upgrade that rewrites them.
 *
 * Adding a version (never edit a shipped one):
 * 1. Append `{ version: N + 1, stores: {...}, upgrade?: (tx) => ... }` below,
 *    listing only the tables whose indexes change (Dexie carries the rest).
 * 2. If a record's shape changes, update lib/db/schema.ts and write the
 *    upgrade so that every old record becomes a valid new one.
 * 3. Save a version-N database in tests/db/migrations.test.ts' fixtures and
 *    check that opening it at N + 1 keeps every record (the test does this for
 *    every consecutive pair in this list).
 * 4. Bump BACKUP_SCHEMA_VERSION in lib/io/backup.ts if the backup shape
 *    changed, and teach the importer to read the older shape.
 */
import type { Transaction } from 'dexie';

export interface SchemaVersion {
  version: number;
  stores: Record<string, string | null>;
  upgrade?: (tx: Transaction) => Promise<void> | void;
}

export const schemaVersions: SchemaVersion[] = [
  {
    version: 1,
    stores: {
      // multiEntry (*) indexes make "who is this slug / email?" one index get.
      contacts: 'id, *linkedinSlugs, *emails, accountId, levelId, name, updatedAt',
      accounts: 'id, *domains, name, revenue',
      deals: 'id, accountId, contactId, closedAt',
      gestures: 'id, [contactId+at], at',
      notes: 'id, [contactId+at], [accountId+at]',
      followUps: 'id, dueAt, contactId, goalId',
      goals: 'id, contactId, accountId, deadline',
      accountIssues: 'id, accountId',
      settings: 'key',
    },
  },
];

export const latestSchemaVersion = schemaVersions[schemaVersions.length - 1]!.version;
