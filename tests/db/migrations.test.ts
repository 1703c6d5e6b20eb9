/**
 * Every schema upgrade keeps every record. For each consecutive pair of
 * versions in lib/db/versions.ts, a database is filled at the older version
 * from its frozen fixture, closed, and reopened at the newer one. The
 * derived tables (lib/db/derived.ts) are not records: they are compared with
 * what a full scan of the upgraded records computes.
 */
import { describe, expect, it, vi } from 'vitest';
import { loadAccountTiers } from '../../lib/db/account-tiers';
import { getEngineSettings } from '../../lib/db/engine-settings';
import { readCachedRanking } from '../../lib/db/tier-cache';
import { RapportDatabase } from '../../lib/db/database';
import { sortRows } from '../../lib/db/read';
import { tableNames } from '../../lib/db/schema';
import {
  latestRecordShapes,
  latestSchemaVersion,
  schemaVersions,
  storesAfter,
  type SchemaVersion,
} from '../../lib/db/versions';
import { readDerived, scanDerived } from './derived-scan';
import { recordsV1 } from './fixtures/records-v1';
import { recordsV2 } from './fixtures/records-v2';
import { recordsV3 } from './fixtures/records-v3';
import { recordsV4 } from './fixtures/records-v4';
import { recordsV5 } from './fixtures/records-v5';
import { readEverything, seedDatabase, uniqueDatabaseName } from './test-database';

type Dataset = Record<string, Array<Record<string, unknown>>>;

/** What each version's database holds in the tests; one frozen fixture per version. */
const fixtures: Record<number, Dataset> = {
  1: recordsV1,
  2: recordsV2,
  3: recordsV3,
  4: recordsV4,
  5: recordsV5,
};

/** The record tables a database at `version` has. */
const recordTablesAt = (version: number) => {
  const stores = storesAfter(schemaVersions.filter((v) => v.version <= version));
  return tableNames.filter((table) => table in stores);
};

const primaryKey = (table: string) => (table === 'settings' ? 'key' : 'id');

/** Fills a database at the last version of `before`, closes it and reopens it with `after`, upgraded and open. */
async function upgrade(
  before: SchemaVersion[],
  after: SchemaVersion[],
  data: Dataset,
): Promise<RapportDatabase> {
  const name = uniqueDatabaseName();
  const old = new RapportDatabase(name, before);
  await seedDatabase(old, data);
  old.close();
  const upgraded = new RapportDatabase(name, after);
  await upgraded.open();
  return upgraded;
}

/** Every record, as stored; derived tables left out, and so are record tables the version has not made yet. */
async function dump(database: RapportDatabase): Promise<Dataset> {
  const everything = (await readEverything(database)) as Dataset;
  return Object.fromEntries(
    tableNames.filter((table) => table in everything).map((table) => [table, everything[table]!]),
  );
}

/** `table/key` of every record in `before` that is not in `after`. */
function lostRecords(before: Dataset, after: Dataset): string[] {
  return Object.entries(before).flatMap(([table, rows]) => {
    const kept = new Set((after[table] ?? []).map((row) => row[primaryKey(table)]));
    return rows
      .filter((row) => !kept.has(row[primaryKey(table)]))
      .map((row) => `${table}/${String(row[primaryKey(table)])}`);
  });
}

describe('schema upgrades keep every record', () => {
  it('has a fixture for every version, filling every table', () => {
    expect(Object.keys(fixtures).map(Number)).toEqual(schemaVersions.map((v) => v.version));
    for (const [version, data] of Object.entries(fixtures)) {
      for (const table of recordTablesAt(Number(version)))
        expect(data[table]?.length, `${table} at ${version}`).toBeGreaterThan(0);
      expect(Object.keys(data).sort(), `tables at ${version}`).toEqual(
        recordTablesAt(Number(version)).sort(),
      );
    }
  });

  it("the latest version's fixture is valid under today's schemas", () => {
    for (const [table, rows] of Object.entries(fixtures[latestSchemaVersion]!)) {
      expect(sortRows(table as (typeof tableNames)[number], rows).corrupt).toEqual([]);
    }
  });

  schemaVersions.slice(1).forEach((to, i) => {
    const from = schemaVersions[i]!;
    it(`from version ${from.version} to ${to.version}`, async () => {
      const before = fixtures[from.version]!;
      const upgraded = await upgrade(schemaVersions.slice(0, i + 1), schemaVersions.slice(0, i + 2), before);
      const after = await dump(upgraded);
      const derived = { stored: await readDerived(upgraded), scanned: await scanDerived(upgraded) };
      upgraded.close();
      expect(lostRecords(before, after)).toEqual([]);
      // A record table the new version adds starts empty.
      const added = recordTablesAt(to.version).filter((table) => !(table in before));
      if (!to.upgrade) expect(after).toEqual({ ...before, ...Object.fromEntries(added.map((t) => [t, []])) });
      expect(derived.stored).toEqual(derived.scanned);
    });
  });

  it('version 2 computes the derived tables from the records already there', async () => {
    const upgraded = await upgrade(schemaVersions.slice(0, 1), schemaVersions.slice(0, 2), recordsV1);
    const stored = await readDerived(upgraded);
    upgraded.close();
    // The fixture: Ada's article (ges-1) is the only give; her reference ask is not one.
    expect(stored.latestGives).toEqual([{ contactId: 'con-ada', at: 1700000200000 }]);
    expect(stored.openFollowUps).toEqual([
      { id: 'fu-1', until: Infinity },
      { id: 'fu-2', until: Infinity },
    ]);
    expect(stored.openGoals.map((row) => row.id)).toEqual(['goal-1', 'goal-2']);
    expect(stored.openIssues).toEqual([{ id: 'iss-1', until: Infinity }]);
  });

  it('version 3 adds an empty level history, and the level-history middleware records on it', async () => {
    const upgraded = await upgrade(schemaVersions.slice(0, 2), schemaVersions.slice(0, 3), recordsV2);
    expect(await upgraded.levelChanges.count()).toBe(0);
    const ben = (await upgraded.contacts.get('con-ben'))!;
    await upgraded.contacts.put({ ...ben, levelId: 'client', updatedAt: ben.updatedAt + 1 });
    expect(await upgraded.levelChanges.toArray()).toMatchObject([
      { contactId: 'con-ben', fromLevelId: 'prospect', toLevelId: 'client', at: ben.updatedAt + 1 },
    ]);
    upgraded.close();
  });

  it('version 5 drops the ranking table of version 4; the first reader ranks the accounts again and stores it', async () => {
    const name = uniqueDatabaseName();
    const old = new RapportDatabase(name, schemaVersions.slice(0, 4));
    await seedDatabase(old, recordsV4);
    await old
      .table('accountTierCache')
      .put({ key: 'ranking', stamp: 'old', pareto: '', ranking: { rows: [] } });
    old.close();
    const upgraded = new RapportDatabase(name, schemaVersions.slice(0, 5));
    await upgraded.open();
    expect(upgraded.tables.map((table) => table.name)).not.toContain('accountTierCache');
    expect(await upgraded.caches.count()).toBe(0);
    const settings = await getEngineSettings(upgraded);
    const tiers = await loadAccountTiers(settings, upgraded);
    expect(tiers.ranking.rows.map((row) => row.accountId).sort()).toEqual(
      recordsV4.accounts!.map((account) => account.id).sort(),
    );
    const pareto = JSON.stringify(settings.pareto);
    await vi.waitFor(async () =>
      expect((await readCachedRanking(upgraded, pareto)).ranking).toEqual(tiers.ranking),
    );
    upgraded.close();
  });

  describe('the machinery, on a synthetic next version', () => {
    const next = latestSchemaVersion + 1;
    const trimNotes: SchemaVersion = {
      version: next,
      stores: { gestures: 'id, [contactId+at], at, type' },
      recordShapes: latestRecordShapes,
      upgrade: async (tx) => {
        await tx
          .table('gestures')
          .toCollection()
          .modify((gesture: { note?: string }) => {
            if (gesture.note !== undefined) gesture.note = gesture.note.trim();
          });
      },
    };
    const current = fixtures[latestSchemaVersion]!;

    it('keeps every record, applies the upgrade and serves the new index', async () => {
      const upgraded = await upgrade(schemaVersions, [...schemaVersions, trimNotes], current);
      const after = await dump(upgraded);
      expect(upgraded.verno).toBe(next);
      expect(lostRecords(current, after)).toEqual([]);

      const { gestures, ...untouched } = after;
      const { gestures: gesturesBefore, ...untouchedBefore } = current;
      expect(untouched).toEqual(untouchedBefore);
      expect(gestures).toEqual(
        gesturesBefore!.map((g) => (typeof g.note === 'string' ? { ...g, note: g.note.trim() } : g)),
      );
      expect(gestures?.find((g) => g.id === 'ges-1')?.note).toBe('Sent the pricing benchmark');

      const articles = await upgraded.gestures.where('type').equals('article').primaryKeys();
      expect(articles).toEqual(['ges-1']);
      upgraded.close();
    });

    it('notices an upgrade that loses a record', async () => {
      const lossy: SchemaVersion = {
        version: next,
        stores: {},
        recordShapes: latestRecordShapes,
        upgrade: async (tx) => {
          await tx.table('notes').delete('note-2');
        },
      };
      const upgraded = await upgrade(schemaVersions, [...schemaVersions, lossy], current);
      expect(lostRecords(current, await dump(upgraded))).toEqual(['notes/note-2']);
      upgraded.close();
    });
  });
});
