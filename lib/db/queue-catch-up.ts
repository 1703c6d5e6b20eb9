/**
 * Stored priority-queue inputs caught up with writes that touched nothing
 * but some contacts' rows (derived.ts lists those writes on the book stamp):
 * logging a gesture, ticking or snoozing a follow-up, ticking a step of a
 * contact's goal, taking any of them back, changing a contact's level or
 * cadence, editing their details, adding a contact to an account that
 * exists. Such a write can change only those contacts' own entries in the
 * inputs (priority-inputs.ts): their last give before now, their open
 * follow-ups, their cadence, their level and their next goal step; a contact
 * added gets an entry, with their account's tier, share of value and open
 * issues. Everything else (tiers, account issues, who owns an account's goal,
 * who else is on the queue) comes from records that were not written or from
 * what the listed writes leave as it was, so it is kept as stored, and only
 * those contacts' rows are read, instead of every record as building the
 * inputs again does (seconds at 50,000 contacts).
 */
import { isOpenIssue } from '../domain/account-issues';
import { accountTiers } from '../domain/account-tier';
import type { EngineSettings } from '../domain/engine-settings';
import { goalContactId, nextStepDueAt } from '../domain/goals';
import { insertInputs, type PriorityColumns } from '../domain/priority-columns';
import {
  contactInput,
  contactOwnFacts,
  goalStepsByContact,
  type AccountPlace,
} from '../domain/priority-inputs';
import { loadAccountTiers } from './account-tiers';
import type { RapportDatabase } from './database';
import { idAt, idCount, idPositions, type IdColumn, type IdInsert } from './id-column';
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
  /**
   * The contacts added to them, each before the contact at its position in
   * the stored inputs: then every column changed, and all but the ids are
   * packed again (priority-source.ts).
   */
  joined: IdInsert[];
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
 * contact's own goals never fall to them, so they are not read. Also says
 * whether one of those account goals fell to a colleague before the
 * contacts in `joined` (added to the inputs by this catch-up) came and falls
 * to one of them now: that colleague's step changes too, and only a build
 * settles it.
 */
async function goalStepsOf(
  database: RapportDatabase,
  contacts: readonly Contact[],
  joined: ReadonlySet<string>,
): Promise<{ steps: Map<string, number>; handedOver: boolean }> {
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
  const before = colleagues.filter((contact) => !joined.has(contact.id));
  const handedOver = accountGoals.some((goal) => {
    if (nextStepDueAt(goal) === null) return false;
    const at = (list: readonly Contact[]) => list.filter((contact) => contact.accountId === goal.accountId);
    const had = goalContactId(goal, at(before));
    // Nobody in the inputs had it: the step is only gained.
    return had !== null && had !== goalContactId(goal, at(colleagues));
  });
  return { steps: goalStepsByContact([...valid(own), ...accountGoals], colleagues), handedOver };
}

/**
 * What the inputs of `contacts`, new to them, take from their accounts: the
 * tier and share of all value from the accounts' 80/20 ranking (stored,
 * tier-cache.ts, or ranked from the accounts), and their accounts' open
 * issues at `at`, counted as the build counts them.
 */
async function accountPlaces(
  database: RapportDatabase,
  contacts: readonly Contact[],
  at: number,
  settings: EngineSettings,
): Promise<Map<string, AccountPlace>> {
  const accountIds = [...new Set(contacts.flatMap((contact) => contact.accountId ?? []))];
  const [tiers, issues] = await Promise.all([
    loadAccountTiers(settings, database),
    accountIds.length > 0 ? database.accountIssues.where('accountId').anyOf(accountIds).toArray() : [],
  ]);
  const openIssues = new Map<string, number>();
  for (const issue of keepValid(database, 'accountIssues', issues)) {
    if (isOpenIssue(issue, at)) openIssues.set(issue.accountId, (openIssues.get(issue.accountId) ?? 0) + 1);
  }
  const rows = new Map(
    tiers.ranking.rows.filter((row) => accountIds.includes(row.accountId)).map((row) => [row.accountId, row]),
  );
  return new Map(
    contacts.map((contact) => {
      const row = contact.accountId === null ? undefined : rows.get(contact.accountId);
      return [
        contact.id,
        {
          tier: row?.tier ?? tiers.unvalued,
          valueShare: row?.share ?? 0,
          openIssues: contact.accountId === null ? 0 : (openIssues.get(contact.accountId) ?? 0),
        },
      ];
    }),
  );
}

/** Where `id` goes in `column`, kept in the order of the contacts' primary keys as a build reads them. */
function insertionPoint(column: IdColumn, id: string): number {
  let low = 0;
  let high = idCount(column);
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (idAt(column, middle) < id) low = middle + 1;
    else high = middle;
  }
  return low;
}

/**
 * `stored` at `at` (a time it holds for) after writes of `contactIds`' rows
 * alone; read in the caller's transaction, with the ladder and engine
 * settings the stored inputs were made with. A listed contact on the queue
 * but not in the inputs (just added, or a damaged row mended) is added to
 * them, where a build would list them. Null when that cannot be settled
 * from these contacts' rows: one in the inputs no longer on the queue (left
 * their account, or damaged), or one added who takes an account's goal from
 * a colleague. Only building them again settles those.
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
  const positions = idPositions(stored.inputs.contactIds, contactIds);
  const joining: Contact[] = [];
  for (const contactId of contactIds) {
    const contact = contacts.get(contactId);
    const onQueue = contact !== undefined && !contact.left;
    if (onQueue && !positions.has(contactId)) joining.push(contact);
    else if (!onQueue && positions.has(contactId)) return null;
  }
  const joined = new Set(joining.map((contact) => contact.id));
  const [goals, places] = await Promise.all([
    goalStepsOf(database, [...contacts.values()], joined),
    joining.length > 0 ? accountPlaces(database, joining, at, settings) : new Map<string, AccountPlace>(),
  ]);
  if (goals.handedOver) return null;
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
    patch('goalStepDueAt', i, goals.steps.get(contactId) ?? NaN);
    const open = followUps.get(contactId);
    if (open) patchedFollowUps.set(i, open);
    else patchedFollowUps.delete(i);
  }
  const caughtUp: PriorityColumns = { ...columns, ...patched, followUps: patchedFollowUps };
  // A give logged ahead, now the earliest, ends them sooner; an account issue's turn still ends them.
  const until = Math.min(stored.until, nextGive ?? Infinity);
  if (joining.length === 0) return { inputs: caughtUp, changed: [...changed], joined: [], until };
  const inserts = joining.map((contact) => ({
    position: insertionPoint(stored.inputs.contactIds, contact.id),
    input: contactInput(
      contact,
      places.get(contact.id)!,
      {
        lastGiveAt: lastGives.get(contact.id) ?? null,
        followUps: followUps.get(contact.id) ?? [],
        goalStepDueAt: goals.steps.get(contact.id) ?? null,
      },
      ownFacts,
    ),
  }));
  // Those joining at one place go in id order, as a build reads them.
  inserts.sort((a, b) => a.position - b.position || (a.input.contactId < b.input.contactId ? -1 : 1));
  return {
    inputs: insertInputs(caughtUp, inserts),
    changed: [...caughtUpFields],
    joined: inserts.map(({ position, input }) => ({ position, id: input.contactId })),
    until,
  };
}
