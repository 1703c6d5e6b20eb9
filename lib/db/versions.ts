/**
 * The database's schema history. Each entry is one Dexie version: the
 * indexes of every table at that version and, when records must change
 * shape, an upgrade that rewrites them.
 *
 * How to add a version, and the test that proves no record is lost on the
 * way, are in lib/db/README.md. Never edit a shipped version.
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
