/**
 * Stored priority-queue inputs caught up with writes that touched nothing
 * but some contacts' gestures and follow-ups (derived.ts lists those writes
 * on the book stamp): logging a gesture, ticking or snoozing a follow-up,
 * taking either back. Such a write can change only those contacts' clocks in
 * the inputs (priority-inputs.ts): their last give before now and their open
 * follow-ups. Everything else (levels, cadences, tiers, goal steps, account
 * issues) comes from records that were not written, so it is kept as stored,
 * and only those contacts' rows are read, instead of every record as
 * building the inputs again does (seconds at 50,000 contacts).
 */
import type { PriorityColumns } from '../domain/priority-columns';
import type { RapportDatabase } from './database';
import { idPositions } from './id-column';
import { nextGiveAfter, readLastGivesOf } from './last-gives';
import { unpackInputs } from './packed-queue-inputs';
import type { StoredQueueInputs } from './queue-cache';
import { keepValid } from './read';
import type { FollowUp } from './schema';

export interface CaughtUpInputs {
  inputs: PriorityColumns;
  /** They hold until then (from the time they were caught up for). */
  until: number;
}

/** Each contact's open follow-ups, in id order as the queue's own reading gives them. */
async function openFollowUpsOf(
  database: RapportDatabase,
  contactIds: readonly string[],
): Promise<Map<string, FollowUp[]>> {
  const rows = await database.followUps.where('contactId').anyOf(contactIds).toArray();
  const open = keepValid(database, 'followUps', rows).filter((followUp) => followUp.doneAt === null);
  open.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const byContact = new Map<string, FollowUp[]>();
  for (const followUp of open) {
    const list = byContact.get(followUp.contactId);
    if (list) list.push(followUp);
    else byContact.set(followUp.contactId, [followUp]);
  }
  return byContact;
}

/**
 * `stored` at `at` (a time it holds for) after `contactIds`' gestures and
 * follow-ups were written; read in the caller's transaction.
 */
export async function catchUpQueueInputs(
  database: RapportDatabase,
  stored: StoredQueueInputs,
  contactIds: readonly string[],
  at: number,
): Promise<CaughtUpInputs> {
  const [lastGives, followUps, nextGive] = await Promise.all([
    readLastGivesOf(database, contactIds, at),
    openFollowUpsOf(database, contactIds),
    nextGiveAfter(database, at),
  ]);
  const columns = unpackInputs(stored.inputs);
  const lastGiveAt = Float64Array.from(columns.lastGiveAt);
  const patchedFollowUps = new Map(columns.followUps);
  // Contacts not among the inputs (they have left their account) stay off the queue.
  for (const [contactId, i] of idPositions(stored.inputs.contactIds, contactIds)) {
    lastGiveAt[i] = lastGives.get(contactId) ?? NaN;
    const open = followUps.get(contactId);
    if (open) patchedFollowUps.set(i, open);
    else patchedFollowUps.delete(i);
  }
  return {
    inputs: { ...columns, lastGiveAt, followUps: patchedFollowUps },
    // A give logged ahead, now the earliest, ends them sooner; an account issue's turn still ends them.
    until: Math.min(stored.until, nextGive ?? Infinity),
  };
}
