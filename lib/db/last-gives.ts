/**
 * Each contact's last give at or before now: what the follow-up clock and the
 * "we have a relationship with" rule need of a contact's gestures. Read from
 * the derived `latestGives` table (derived.ts), one row per contact, rather
 * than from every value-adding gesture. A stored latest give dated after now
 * (a gesture logged in advance) says nothing about now: that contact's
 * gestures are read through `[contactId+at]`, newest at or before now first.
 * This is rare.
 */
import Dexie from 'dexie';
import { isGive } from '../domain/gestures';
import type { RapportDatabase } from './database';
import type { LatestGive } from './derived';
import { readWholeTable } from './paged-read';
import { keepValid } from './read';

/**
 * A contact's latest valid give at or before `now`, from their gestures:
 * newest first through `[contactId+at]`, stopping at the first valid give,
 * so usually one or two rows are read.
 */
async function lastGiveFromGestures(
  database: RapportDatabase,
  contactId: string,
  now: number,
): Promise<number | null> {
  const latest = await database.gestures
    .where('[contactId+at]')
    .between([contactId, Dexie.minKey], [contactId, now], true, true)
    .reverse()
    // keepValid reports a damaged give, as reading it anywhere does.
    .filter((row) => isGive(row.type) && keepValid(database, 'gestures', [row]).length === 1)
    .first();
  return latest?.at ?? null;
}

/** Each contact's latest touch at or before `now` (isTouch), from `latestGives`. */
export async function readLastGives(database: RapportDatabase, now: number): Promise<Map<string, number>> {
  return lastGivesFrom(database, await readWholeTable(database.latestGives), now);
}

/** readLastGives for some contacts only, each read by key. */
export async function readLastGivesOf(
  database: RapportDatabase,
  contactIds: readonly string[],
  now: number,
): Promise<Map<string, number>> {
  const rows = await database.latestGives.bulkGet([...contactIds]);
  return lastGivesFrom(
    database,
    rows.filter((row) => row !== undefined),
    now,
  );
}

/** The latest touches at or before `now` that `rows` of `latestGives` stand for. */
async function lastGivesFrom(
  database: RapportDatabase,
  rows: readonly LatestGive[],
  now: number,
): Promise<Map<string, number>> {
  const lastGives = new Map<string, number>();
  const ahead: string[] = [];
  for (const { contactId, at } of rows) {
    if (at <= now) lastGives.set(contactId, at);
    else ahead.push(contactId);
  }
  const found = await Promise.all(ahead.map((contactId) => lastGiveFromGestures(database, contactId, now)));
  ahead.forEach((contactId, i) => {
    const at = found[i];
    if (at !== null && at !== undefined) lastGives.set(contactId, at);
  });
  return lastGives;
}

/**
 * When the earliest valid give logged ahead of `now` comes to pass (when
 * some contact's last give at or before the time changes by itself), or null
 * when none is logged ahead. Through the `at` index, from `now` on.
 */
export async function nextGiveAfter(database: RapportDatabase, now: number): Promise<number | null> {
  const next = await database.gestures
    .where('at')
    .above(now)
    .filter((row) => isGive(row.type) && keepValid(database, 'gestures', [row]).length === 1)
    .first();
  return next?.at ?? null;
}
