/**
 * The priority queue read from the database, through indexes wherever the
 * records can be narrowed down, in one read transaction so that the queue
 * never mixes records from before and after a write.
 *
 * What is read, and how:
 * - contacts and accounts: whole, a page at a time (paged-read.ts). Every
 *   contact still at their account is ranked, and the 80/20 tiers need
 *   every account's value, so there is nothing to narrow them by.
 * - each contact's last touch: the derived `latestGives` table (derived.ts),
 *   one row per contact, rather than every value-adding gesture (hundreds of
 *   thousands). A stored latest give dated after now (a gesture logged in
 *   advance) says nothing about now: that contact's gestures are read
 *   through `[contactId+at]`, newest at or before now first. This is rare.
 * - open follow-ups, open goals and open account issues: their ids from the
 *   derived `openFollowUps`, `openGoals` and `openIssues` tables, through
 *   their `until` index (still open after now), then those records by key.
 *   Done follow-ups, achieved goals and resolved issues, which pile up over
 *   the years, are not read.
 * - the ladder and the engine settings.
 * Every record is validated on the way out; a damaged one is skipped and
 * reported (read.ts). A damaged give never counted as a touch: derived.ts
 * leaves it out of `latestGives` and reports it when it is written.
 */
import Dexie, { type EntityTable } from 'dexie';
import { buildPriorityInputsFromFacts } from '../domain/priority-inputs';
import { rankPriorityColumns, type PriorityInput, type PriorityRanking } from '../domain/priority';
import { priorityColumns, type PriorityColumns } from '../domain/priority-columns';
import type { EngineSettings } from '../domain/engine-settings';
import { toInstant, type Now } from '../domain/time';
import { db, type RapportDatabase } from './database';
import type { OpenMark } from './derived';
import { nextGiveAfter, readLastGives } from './last-gives';
import {
  packInputs,
  repackCaughtUp,
  repackSpliced,
  unpackInputs,
  type PackedInputs,
} from './packed-queue-inputs';
import { queueInputsUntil, readCachedQueueInputs, storeQueueInputs, type QueueInputs } from './queue-cache';
import { catchUpQueueInputs } from './queue-catch-up';
import { getEngineSettings } from './engine-settings';
import { readInTurn } from './in-turn';
import { readWholeTable } from './paged-read';
import { keepValid } from './read';
import type { Account, AccountIssue, Contact, Ladder, TableRecord } from './schema';
import { getSetting, ladderSetting } from './settings';
import { tableOf } from './tables';

export interface PriorityQueueOptions {
  /** How many entries to return (the rest are only counted); all when omitted. */
  limit?: number;
}

export interface PriorityInputs {
  /** One per contact still at their account. */
  inputs: PriorityInput[];
  /** From the engine settings: how many days ahead "due soon" reaches. */
  dueSoonDays: number;
  /** What the inputs were built from, validated, for callers that show more than the queue. */
  read: {
    contacts: Contact[];
    accounts: Account[];
    /** Account issues open at `now`. */
    issues: AccountIssue[];
    ladder: Ladder;
    settings: EngineSettings;
  };
}

/**
 * Reading a record by key costs one request each, about as much as reading
 * four or five records in one getAll (measured in Chromium). So when the open
 * records are more than a quarter of their table, reading the whole table and
 * keeping the open ones is the faster way.
 */
const KEYED_READ_COST = 4;

/** The records a side table marks as still open after `now`, validated. */
export async function readOpen<T extends 'followUps' | 'goals' | 'accountIssues'>(
  database: RapportDatabase,
  table: T,
  marks: EntityTable<OpenMark, 'id'>,
  now: number,
): Promise<TableRecord<T>[]> {
  const source = tableOf(database, table);
  const [ids, total] = await Promise.all([marks.where('until').above(now).primaryKeys(), source.count()]);
  let rows: unknown[];
  if (ids.length * KEYED_READ_COST > total) {
    const open = new Set<unknown>(ids);
    rows = (await readWholeTable(source)).filter((row) => open.has(row.id));
  } else {
    rows = (await source.bulkGet(ids)).filter((row) => row !== undefined);
  }
  return keepValid(database, table, rows);
}

/** The tables the priority inputs are read from. */
export const priorityTables = (database: RapportDatabase) => [
  database.contacts,
  database.accounts,
  database.gestures,
  database.followUps,
  database.goals,
  database.accountIssues,
  database.settings,
  database.latestGives,
  database.openFollowUps,
  database.openGoals,
  database.openIssues,
];

/**
 * Every contact's priority input at `now`, read in one transaction: what the
 * queue ranks and the attention summary counts.
 */
export async function loadPriorityInputs(
  now: Now,
  database: RapportDatabase = db,
  /** The ladder and engine settings, when the caller has just read them in the same transaction. */
  known?: { ladder: Ladder; settings: EngineSettings },
): Promise<PriorityInputs> {
  const at = toInstant(now);
  return database.transaction('r', priorityTables(database), async () => {
    // One table after another, not all together: a badge lookup in the same
    // worker takes its turn between two pages of a read (paged-read.ts), and
    // with every table read at once it waited behind a page of each.
    const [ladder, settings, contacts, accounts, lastGives, followUps, goals, issues] = await readInTurn([
      () => known?.ladder ?? getSetting(ladderSetting, database),
      () => known?.settings ?? getEngineSettings(database),
      () => readWholeTable(database.contacts),
      () => readWholeTable(database.accounts),
      () => readLastGives(database, at),
      () => readOpen(database, 'followUps', database.openFollowUps, at),
      () => readOpen(database, 'goals', database.openGoals, at),
      () => readOpen(database, 'accountIssues', database.openIssues, at),
    ]);
    const facts = {
      contacts: keepValid(database, 'contacts', contacts),
      accounts: keepValid(database, 'accounts', accounts),
      lastGives,
      followUps,
      goals,
      issues,
    };
    return {
      inputs: buildPriorityInputsFromFacts(facts, ladder, settings, at),
      dueSoonDays: settings.cadence.dueSoonDays,
      read: { contacts: facts.contacts, accounts: facts.accounts, issues, ladder, settings },
    };
  });
}

/** The ranked queue at `now`. */
export async function loadPriorityQueue(
  now: Now,
  { limit }: PriorityQueueOptions,
  database: RapportDatabase = db,
): Promise<PriorityRanking> {
  const at = toInstant(now);
  const { inputs, dueSoonDays } = await loadQueueInputs(at, database);
  return rankPriorityColumns(inputs, at, { dueSoonDays, limit });
}

/**
 * The queue's inputs at `at`: the stored ones while they hold (queue-cache.ts);
 * else, after writes of only some contacts' gestures, follow-ups, own goals,
 * or of a few contacts themselves, the stored ones caught up with those
 * contacts (queue-catch-up.ts);
 * else (or when a catch-up cannot settle it) built by loadPriorityInputs.
 * Read in the same transaction as the book's stamp, and stored for the next
 * call.
 */
export async function loadQueueInputs(at: number, database: RapportDatabase): Promise<QueueInputs> {
  return database.transaction('r', [...priorityTables(database), database.caches], async () => {
    const [ladder, settings] = await Promise.all([
      getSetting(ladderSetting, database),
      getEngineSettings(database),
    ]);
    const settingsKey = JSON.stringify([ladder, settings]);
    const cached = await readCachedQueueInputs(database, settingsKey, at);
    if (cached.value)
      return { inputs: unpackInputs(cached.value.inputs), dueSoonDays: cached.value.dueSoonDays };
    // `pack` makes the stored form, once the caller has its answer (storeQueueInputs).
    let made: {
      inputs: PriorityColumns;
      until: number;
      dueSoonDays: number;
      pack: () => PackedInputs;
    } | null = null;
    if (cached.outdated) {
      const { value, changes } = cached.outdated;
      const caughtUp = await catchUpQueueInputs(database, value, changes, at, ladder, settings);
      if (caughtUp)
        made = {
          inputs: caughtUp.inputs,
          until: caughtUp.until,
          dueSoonDays: value.dueSoonDays,
          pack: () =>
            caughtUp.spliced
              ? repackSpliced(value.inputs, caughtUp.inputs, caughtUp.spliced, caughtUp.changed)
              : repackCaughtUp(value.inputs, caughtUp.inputs, caughtUp.changed),
        };
    }
    if (!made) {
      const [built, nextGive] = await Promise.all([
        loadPriorityInputs(at, database, { ladder, settings }),
        nextGiveAfter(database, at),
      ]);
      const inputs = priorityColumns(built.inputs);
      made = {
        inputs,
        until: queueInputsUntil(at, built.read.issues, nextGive),
        dueSoonDays: built.dueSoonDays,
        pack: () => packInputs(inputs),
      };
    }
    const { inputs, until, dueSoonDays, pack } = made;
    // Stored once this transaction is done, in one of its own; failing to store only means making
    // them again next time.
    Dexie.ignoreTransaction(() =>
      storeQueueInputs(database, cached.stamp, {
        settings: settingsKey,
        from: at,
        until,
        pack,
        dueSoonDays,
      }),
    ).catch(() => {});
    return { inputs, dueSoonDays };
  });
}
