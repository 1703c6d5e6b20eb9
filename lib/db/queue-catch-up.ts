/**
 * Stored priority-queue inputs caught up with writes that touched nothing
 * but some contacts' rows (derived.ts lists those writes on the book stamp):
 * logging a gesture, ticking or snoozing a follow-up, ticking a step of a
 * contact's goal, taking any of them back, changing a contact's level or
 * cadence, editing their details. Such a write can change only those
 * contacts' own entries in the inputs (priority-inputs.ts): their last give
 * before now, their open follow-ups, their cadence, their level and their
 * next goal step. Everything else (tiers, account issues, who owns an
 * account's goal, who is on the queue at all) comes from records that were
 * not written or from what the listed writes leave as it was, so it is kept
 * as stored, and only those contacts' rows are read, instead of every record
 * as building the inputs again does (seconds at 50,000 contacts).
 */
import { accountTiers } from '../domain/account-tier';
import type { EngineSettings } from '../domain/engine-settings';
import type { PriorityColumns } from '../domain/priority-columns';
import { contactOwnFacts, goalStepsByContact } from '../domain/priority-inputs';
import type { RapportDatabase } from './database';
import { idPositions } from './id-column';
import { nextGiveAfter, readLastGivesOf } from './last-gives';
import { unpackInputs } from './packed-queue-inputs';
import type { StoredQueueInputs } from './queue-cache';
import { keepValid } from './read';
import type { Contact, FollowUp, Goal, Ladder } from './schema';

/** The number columns a catch-up works out again for the listed contacts. */
const caughtUpFields = ['lastGiveAt', 'cadenceDays', 'levelRank', 'goalStepDueAt'] as const;
export type CaughtUpField = (typeof caughtUpFields)[number];

export interface CaughtUpInputs {
  inputs: PriorityColumns;
  /** Those of caughtUpFields whose values changed: the others are as stored. */
  changed: CaughtUpField[];
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

/** The contacts that pass their schema, by id. */
async function contactsOf(
  database: RapportDatabase,
  contactIds: readonly string[],
): Promise<Map<string, Contact>> {
  const rows = (await database.contacts.bulkGet([...contactIds])).filter((row) => row !== undefined);
  return new Map(keepValid(database, 'contacts', rows).map((contact) => [contact.id, contact]));
}

/**
 * The next open goal step of each of `contacts`, from their own open goals
 * and those of their accounts' goals that fall to them: the goals the build
 * gives them (goalStepsByContact), read for these contacts alone. Another
 * contact's own goals never fall to them, so they are not read.
 */
async function goalStepsOf(
  database: RapportDatabase,
  contacts: readonly Contact[],
): Promise<Map<string, number>> {
  // Goals that are not open have no next step (nextStepDueAt), so they may come along.
  const valid = (rows: unknown[]): Goal[] => keepValid(database, 'goals', rows);
  const accountIds = [...new Set(contacts.flatMap((contact) => contact.accountId ?? []))];
  const [own, atAccounts] = await Promise.all([
    database.goals
      .where('contactId')
      .anyOf(contacts.map((contact) => contact.id))
      .toArray(),
    accountIds.length > 0 ? database.goals.where('accountId').anyOf(accountIds).toArray() : [],
  ]);
  const accountGoals = valid(atAccounts).filter((goal) => goal.contactId === null);
  // Who owns an account's goal depends on everyone at the account.
  const withAccountGoals = [...new Set(accountGoals.map((goal) => goal.accountId!))];
  const colleagues =
    withAccountGoals.length > 0
      ? keepValid(
          database,
          'contacts',
          await database.contacts.where('accountId').anyOf(withAccountGoals).toArray(),
        )
      : [];
  return goalStepsByContact([...valid(own), ...accountGoals], colleagues);
}

/**
 * `stored` at `at` (a time it holds for) after writes of `contactIds`' rows
 * alone; read in the caller's transaction, with the ladder and engine
 * settings the stored inputs were made with. Null when a listed contact's
 * place on the queue is not what the inputs say (one on it no longer
 * readable, one off it readable and still at their account: a damaged row
 * written over), which only building them again settles.
 */
export async function catchUpQueueInputs(
  database: RapportDatabase,
  stored: StoredQueueInputs,
  contactIds: readonly string[],
  at: number,
  ladder: Ladder,
  settings: EngineSettings,
): Promise<CaughtUpInputs | null> {
  const [contacts, lastGives, followUps, nextGive] = await Promise.all([
    contactsOf(database, contactIds),
    readLastGivesOf(database, contactIds, at),
    openFollowUpsOf(database, contactIds),
    nextGiveAfter(database, at),
  ]);
  const goalSteps = await goalStepsOf(database, [...contacts.values()]);
  const positions = idPositions(stored.inputs.contactIds, contactIds);
  for (const contactId of contactIds) {
    const contact = contacts.get(contactId);
    const onQueue = contact !== undefined && !contact.left;
    if (onQueue !== positions.has(contactId)) return null;
  }
  const columns = unpackInputs(stored.inputs);
  // Copies: an unpacked column may be the stored value's own array.
  const patched = Object.fromEntries(
    caughtUpFields.map((field) => [field, Float64Array.from(columns[field])]),
  ) as Record<CaughtUpField, Float64Array>;
  const changed = new Set<CaughtUpField>();
  const patch = (field: CaughtUpField, i: number, value: number) => {
    if (Object.is(patched[field][i], value)) return;
    patched[field][i] = value;
    changed.add(field);
  };
  const patchedFollowUps = new Map(columns.followUps);
  const ownFacts = contactOwnFacts(ladder, settings);
  for (const [contactId, i] of positions) {
    const own = ownFacts(contacts.get(contactId)!, accountTiers[columns.tiers[i]!]!);
    patch('lastGiveAt', i, lastGives.get(contactId) ?? NaN);
    patch('cadenceDays', i, own.cadenceDays);
    patch('levelRank', i, own.levelRank);
    patch('goalStepDueAt', i, goalSteps.get(contactId) ?? NaN);
    const open = followUps.get(contactId);
    if (open) patchedFollowUps.set(i, open);
    else patchedFollowUps.delete(i);
  }
  return {
    inputs: { ...columns, ...patched, followUps: patchedFollowUps },
    changed: [...changed],
    // A give logged ahead, now the earliest, ends them sooner; an account issue's turn still ends them.
    until: Math.min(stored.until, nextGive ?? Infinity),
  };
}
