/**
 * The database's schema history. Each entry is one Dexie version: the
 * indexes of every table at that version and, when records must change
 * shape, an upgrade that rewrites them.
 *
 * How to add a version, and the test that proves no record is lost on the
 * way, are in lib/db/README.md. Never edit a shipped version.
 */
import type { Transaction } from 'dexie';
import { reportCorruptRecord } from './corrupt-records';
import type { RapportDatabase } from './database';
import { cacheStores, derivedStores, rebuildDerived } from './derived';

export interface SchemaVersion {
  version: number;
  stores: Record<string, string | null>;
  upgrade?: (tx: Transaction) => Promise<void> | void;
  /**
   * The version of the record shapes (schema.ts) at this database version:
   * what a backup file's `schemaVersion` says. It moves only when a record
   * changes shape, not when indexes or derived tables change, so a backup
   * from any database version with the same record shapes reads the same.
   */
  recordShapes: number;
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
    recordShapes: 1,
  },
  {
    // Derived tables for the priority queue (derived.ts): each contact's
    // latest value-adding gesture, and the open follow-ups, goals and account
    // issues, so the queue reads them through indexes rather than whole
    // tables. Records keep their shape.
    version: 2,
    stores: { ...derivedStores },
    upgrade: (tx) =>
      rebuildDerived(
        (name) => tx.table(name),
        (record) => reportCorruptRecord(tx.db as RapportDatabase, record),
        Object.keys(derivedStores),
      ),
    recordShapes: 1,
  },
  {
    // Level history (level-history.ts): one record per change of a contact's
    // ladder level. A new record table, so a new record shape: backups gain
    // a `levelChanges` list (record shapes 2). Nothing to upgrade: no level
    // change was recorded before, so the table starts empty.
    version: 3,
    stores: { levelChanges: 'id, at, contactId' },
    recordShapes: 2,
  },
  {
    // The accounts' 80/20 ranking kept between service-worker starts, with
    // the accounts' stamp that says whether it is still current. It started
    // empty. Records keep their shape. Replaced by version 5's `caches`.
    version: 4,
    stores: { accountTierCache: 'key' },
    recordShapes: 2,
  },
  {
    // Values worked out from many records and kept between service-worker
    // starts (the accounts' 80/20 ranking, the priority queue's inputs), with
    // the stamps that say whether they are still current (stamped-cache.ts,
    // derived.ts), in one table that replaces version 4's ranking table. It
    // starts empty: the first reader works each value out and stores it, and
    // what version 4 held is only a ranking to work out again. Records keep
    // their shape.
    version: 5,
    stores: { accountTierCache: null, ...cacheStores },
    recordShapes: 2,
  },
];

/**
 * The indexes of every table after `versions` (each version lists only the
 * tables it changes; a null drops a table).
 */
export function storesAfter(versions: readonly SchemaVersion[] = schemaVersions): Record<string, string> {
  const stores: Record<string, string> = {};
  for (const version of versions) {
    for (const [table, indexes] of Object.entries(version.stores)) {
      if (indexes === null) delete stores[table];
      else stores[table] = indexes;
    }
  }
  return stores;
}

const latest = schemaVersions[schemaVersions.length - 1]!;
export const latestSchemaVersion = latest.version;
/** The record shapes of the latest version: what a backup written today says in `schemaVersion`. */
export const latestRecordShapes = latest.recordShapes;
