/**
 * How long reading the priority queue from the database takes at scale, in
 * Node on fake-indexeddb (an in-memory IndexedDB in JavaScript, far slower
 * per row than a browser's, so the figures compare the two readings rather
 * than predict a browser's): 50,000 contacts, 500,000 gestures (1% of them
 * logged in advance), 20,000 follow-ups (70% done), from the seeded data set
 * of bench/priority-queue.ts.
 *
 * - before: the reading of database version 1, kept here as the baseline
 *   (every follow-up, goal and issue, and every value-adding gesture up to
 *   now, read whole);
 * - after: loadPriorityQueue (lib/db/priority-source.ts), through the
 *   derived tables of version 2, and loadAttentionSummary;
 * - the one-off upgrade of a version 1 database to version 2, and the cost
 *   the derived tables add to writing every record (filling each database).
 * Both readings must return the same queue; the run fails if not.
 *
 * Run with: npx tsx bench/priority-source.ts  (about ten minutes; 2 GB of memory)
 *
 * Measured on 23 November 2026, on the 2-core machine under heavy load from
 * parallel builds (load average 14 to 20, so wall-clock times are inflated
 * and noisy; compare the readings, not the absolute figures): before, median
 * 79 s; after, loadPriorityQueue median 16 s (15.7 s in a second run, whose
 * "before" took 192 s) and loadAttentionSummary 13 to 25 s; same queue both
 * ways. Upgrade to version 2: 63 s and 112 s. Filling: 243 s at version 1,
 * 624 s at version 2 (a fill that overlapped other test runs, so an upper
 * bound on what the derived tables add to writing every record).
 */
import 'fake-indexeddb/auto';
import { RapportDatabase } from '../lib/db/database';
import { loadAttentionSummary } from '../lib/db/attention-summary';
import { getEngineSettings } from '../lib/db/engine-settings';
import { loadPriorityQueue } from '../lib/db/priority-source';
import { keepValid } from '../lib/db/read';
import { getSetting, ladderSetting } from '../lib/db/settings';
import { schemaVersions } from '../lib/db/versions';
import { isGive } from '../lib/domain/gestures';
import { rankPriorities, type PriorityRanking } from '../lib/domain/priority';
import { buildPriorityInputs, type PriorityRecords } from '../lib/domain/priority-inputs';
import { generate, NOW, report } from './priority-queue';

const FOLLOW_UPS = 20_000;
const DONE_SHARE = 0.7;
const FUTURE_SHARE = 0.01;
const BEFORE_RUNS = 3;
const AFTER_RUNS = 7;
const LIMIT = 50;
const CHUNK = 5_000;

/** Version 1's reading, as lib/db/priority-source.ts had it before the derived tables. */
async function loadPriorityQueueV1(now: number, database: RapportDatabase): Promise<PriorityRanking> {
  const tables = [
    database.contacts,
    database.accounts,
    database.gestures,
    database.followUps,
    database.goals,
    database.accountIssues,
    database.settings,
  ];
  return database.transaction('r', tables, async () => {
    const [ladder, settings, contacts, accounts, gestures, followUps, goals, issues] = await Promise.all([
      getSetting(ladderSetting, database),
      getEngineSettings(database),
      database.contacts.toArray(),
      database.accounts.toArray(),
      database.gestures.where('at').belowOrEqual(now).toArray(),
      database.followUps.toArray(),
      database.goals.toArray(),
      database.accountIssues.toArray(),
    ]);
    const records = {
      contacts: keepValid(database, 'contacts', contacts),
      accounts: keepValid(database, 'accounts', accounts),
      gestures: keepValid(
        database,
        'gestures',
        gestures.filter((row) => isGive(row.type)),
      ),
      followUps: keepValid(
        database,
        'followUps',
        followUps.filter((row) => row.doneAt === null),
      ),
      goals: keepValid(database, 'goals', goals),
      issues: keepValid(database, 'accountIssues', issues),
    };
    const inputs = buildPriorityInputs(records, ladder, settings, now);
    return rankPriorities(inputs, now, { dueSoonDays: settings.cadence.dueSoonDays, limit: LIMIT });
  });
}

async function fill(database: RapportDatabase, records: PriorityRecords): Promise<number> {
  const start = performance.now();
  const tables: [string, readonly object[]][] = [
    ['accounts', records.accounts],
    ['contacts', records.contacts],
    ['gestures', records.gestures],
    ['followUps', records.followUps],
    ['goals', records.goals],
    ['accountIssues', records.issues],
  ];
  for (const [name, rows] of tables) {
    for (let i = 0; i < rows.length; i += CHUNK) {
      await database.transaction('rw', database.tables, () =>
        database.table(name).bulkAdd(rows.slice(i, i + CHUNK) as object[]),
      );
    }
  }
  return performance.now() - start;
}

async function time<T>(runs: number, work: () => Promise<T>): Promise<{ times: number[]; result: T }> {
  const times: number[] = [];
  let result: T | undefined;
  for (let run = 0; run < runs; run++) {
    const start = performance.now();
    result = await work();
    times.push(performance.now() - start);
  }
  return { times, result: result as T };
}

const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

async function main(): Promise<void> {
  const records = generate({ followUps: FOLLOW_UPS, doneShare: DONE_SHARE, futureShare: FUTURE_SHARE });
  console.log(
    `${records.contacts.length} contacts, ${records.gestures.length} gestures, ` +
      `${records.followUps.length} follow-ups (${records.followUps.filter((f) => f.doneAt === null).length} open), ` +
      `${records.goals.length} goals, ${records.issues.length} issues, ${records.accounts.length} accounts; fake-indexeddb`,
  );

  const name = `bench-priority-source-${Date.now()}`;
  const v1 = new RapportDatabase(name, schemaVersions.slice(0, 1));
  console.log(`fill at version 1 (no derived tables)   ${seconds(await fill(v1, records))}`);
  const before = await time(BEFORE_RUNS, () => loadPriorityQueueV1(NOW, v1));
  report('before: v1 whole-table read', before.times);
  v1.close();

  const upgradeStart = performance.now();
  const v2 = new RapportDatabase(name);
  await v2.open();
  console.log(`upgrade to version 2 (derived tables)   ${seconds(performance.now() - upgradeStart)}`);
  const after = await time(AFTER_RUNS, () => loadPriorityQueue(NOW, { limit: LIMIT }, v2));
  report('after: loadPriorityQueue', after.times);
  const summary = await time(AFTER_RUNS, () => loadAttentionSummary(NOW, v2));
  report('after: loadAttentionSummary', summary.times);
  if (JSON.stringify(after.result) !== JSON.stringify(before.result)) {
    throw new Error('The two readings returned different queues.');
  }
  console.log(
    `same queue both ways: ${after.result.total} need attention; ` +
      `${summary.result.overdue} overdue, next due ${summary.result.nextDueAt === null ? 'never' : new Date(summary.result.nextDueAt).toISOString()}`,
  );
  v2.close();
  await RapportDatabase.delete(name);

  const fresh = new RapportDatabase(`${name}-v2`);
  console.log(`fill at version 2 (derived tables kept) ${seconds(await fill(fresh, records))}`);
  fresh.close();
  await RapportDatabase.delete(`${name}-v2`);
}

await main();
