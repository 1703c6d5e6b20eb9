/**
 * The one Dexie database. Only extension pages and the background open it:
 * in a content script IndexedDB would belong to the web page's origin.
 */
import Dexie, { type EntityTable } from 'dexie';
import { reportCorruptRecord } from './corrupt-records';
import { derivedTablesMiddleware, type LatestGive, type OpenMark } from './derived';
import { levelHistoryMiddleware } from './level-history';
import type {
  Account,
  AccountIssue,
  Contact,
  Deal,
  FollowUp,
  Gesture,
  Goal,
  LevelChange,
  Note,
  Setting,
} from './schema';
import type { StampedRow } from './stamped-cache';
import { schemaVersions, type SchemaVersion } from './versions';

export const DB_NAME = 'rapport';

export class RapportDatabase extends Dexie {
  contacts!: EntityTable<Contact, 'id'>;
  accounts!: EntityTable<Account, 'id'>;
  deals!: EntityTable<Deal, 'id'>;
  gestures!: EntityTable<Gesture, 'id'>;
  notes!: EntityTable<Note, 'id'>;
  followUps!: EntityTable<FollowUp, 'id'>;
  goals!: EntityTable<Goal, 'id'>;
  accountIssues!: EntityTable<AccountIssue, 'id'>;
  /** Written only by the level-history middleware (level-history.ts). */
  levelChanges!: EntityTable<LevelChange, 'id'>;
  settings!: EntityTable<Setting, 'key'>;
  // Derived tables (derived.ts): kept in step with the records by a
  // middleware; read them, never write them.
  latestGives!: EntityTable<LatestGive, 'contactId'>;
  openFollowUps!: EntityTable<OpenMark, 'id'>;
  openGoals!: EntityTable<OpenMark, 'id'>;
  openIssues!: EntityTable<OpenMark, 'id'>;
  /** Stamps (derived.ts) and the values stored under them (stamped-cache.ts). */
  caches!: EntityTable<StampedRow, 'key'>;

  /** `versions` is injectable so migration tests can open a database at an older version. */
  constructor(name = DB_NAME, versions: SchemaVersion[] = schemaVersions) {
    super(name);
    for (const { version, stores, upgrade } of versions) {
      const v = this.version(version).stores(stores);
      if (upgrade) v.upgrade(upgrade);
    }
    this.use(derivedTablesMiddleware((record) => reportCorruptRecord(this, record)));
    this.use(levelHistoryMiddleware);
  }
}

export const db = new RapportDatabase();
