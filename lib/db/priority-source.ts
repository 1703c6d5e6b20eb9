/**
 * The priority queue read from the database: every record the ranking needs,
 * validated on the way out, in one read transaction so that the queue never
 * mixes records from before and after a write.
 */
import { isGive } from '../domain/gestures';
import { buildPriorityInputs } from '../domain/priority-inputs';
import { rankPriorities, type PriorityRanking } from '../domain/priority';
import { toInstant, type Now } from '../domain/time';
import { db, type RapportDatabase } from './database';
import { getEngineSettings } from './engine-settings';
import { keepValid } from './read';
import { getSetting, ladderSetting } from './settings';

export interface PriorityQueueOptions {
  /** How many entries to return (the rest are only counted); all when omitted. */
  limit?: number;
}

/**
 * Gestures that can reset a follow-up clock: value-adding ones that have
 * happened by `now`. Every such gesture can matter, however old: the last one
 * sets the due date, the "overdue" multiple and whether "no value-adding
 * gesture yet" shows, so none can be skipped by age; only future ones are cut
 * off, through the `at` index.
 *
 * One bulk read of the `at` index rather than the newest give per contact
 * through `[contactId+at]`: that would be a cursor per contact (50,000
 * requests, plus a step for each newer ask or signal), and every IndexedDB
 * request is a round trip to the browser's storage, whereas one getAll
 * returns every row in a single request. Measured on fake-indexeddb, the
 * bulk read was the faster too: about 0.9 s against 1.0 s at 5,000 contacts
 * and 50,000 gestures, 13.5 s against 14.3 s at 50,000 and 500,000.
 * Only the value-adding rows are validated (a damaged ask or signal cannot
 * change the queue); isGive is false for a damaged row's unknown type too.
 */
async function readTouches(database: RapportDatabase, now: number) {
  const rows = await database.gestures.where('at').belowOrEqual(now).toArray();
  return keepValid(
    database,
    'gestures',
    rows.filter((row) => isGive(row.type)),
  );
}

/**
 * The ranked queue at `now`. Follow-ups, goals and account issues have no
 * index on being open (done, status, resolved), so those tables are read
 * whole and the domain rules keep the open ones.
 */
export async function loadPriorityQueue(
  now: Now,
  { limit }: PriorityQueueOptions,
  database: RapportDatabase = db,
): Promise<PriorityRanking> {
  const at = toInstant(now);
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
      readTouches(database, at),
      database.followUps.toArray(),
      database.goals.toArray(),
      database.accountIssues.toArray(),
    ]);
    const records = {
      contacts: keepValid(database, 'contacts', contacts),
      accounts: keepValid(database, 'accounts', accounts),
      gestures,
      // Done follow-ups are left out before validation: they cannot change the queue.
      followUps: keepValid(
        database,
        'followUps',
        followUps.filter((row) => row.doneAt === null),
      ),
      goals: keepValid(database, 'goals', goals),
      issues: keepValid(database, 'accountIssues', issues),
    };
    const inputs = buildPriorityInputs(records, ladder, settings, at);
    return rankPriorities(inputs, at, { dueSoonDays: settings.cadence.dueSoonDays, limit });
  });
}
