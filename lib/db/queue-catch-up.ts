/**
 * Stored priority-queue inputs caught up with writes that touched nothing
 * but some contacts' rows (derived.ts lists those writes on the book stamp):
 * logging a gesture, ticking or snoozing a follow-up, ticking a step of a
 * contact's goal, taking any of them back, editing a contact, adding,
 * moving or deleting one. Such a write can change only those contacts' own
 * entries in the inputs (priority-inputs.ts: their last give before now,
 * their open follow-ups, their cadence and level, their account's tier,
 * share of value and open issues, their next goal step), whether they are
 * on the queue at all, and, where they joined, left or changed roles at an
 * account, who there owns the account's goals. Everything else (the tiers,
 * the issues, everyone else's own records) comes from records that were not
 * written, so it is kept as stored, and only those contacts' rows (and their
 * colleagues', where an account's goal may have passed between them) are
 * read, instead of every record as building the inputs again does (seconds
 * at 50,000 contacts).
 */
import { accountTiers } from '../domain/account-tier';
import type { EngineSettings } from '../domain/engine-settings';
import type { ColumnSplice } from '../domain/column-splice';
import { spliceInputs, type PriorityColumns } from '../domain/priority-columns';
import {
  accountPlaceLookup,
  contactInput,
  contactOwnFacts,
  goalStepsByContact,
  type AccountPlace,
} from '../domain/priority-inputs';
import { loadAccountTiers } from './account-tiers';
import { contactsOf, openFollowUpsOf } from './contact-reads';
import type { RapportDatabase } from './database';
import type { ContactChanges } from './derived';
import { idAt, idCount, idPositions, type IdColumn } from './id-column';
import { nextGiveAfter, readLastGivesOf } from './last-gives';
import { unpackInputs } from './packed-queue-inputs';
import type { StoredQueueInputs } from './queue-cache';
import { keepValid } from './read';
import type { Contact, Goal, Ladder } from './schema';

/** The columns a catch-up works out again for the contacts it reads. */
const caughtUpFields = [
  'lastGiveAt',
  'cadenceDays',
  'levelRank',
  'goalStepDueAt',
  'tiers',
  'valueShare',
  'openIssues',
] as const;
export type CaughtUpField = (typeof caughtUpFields)[number];

export interface CaughtUpInputs {
  inputs: PriorityColumns;
  /** Those of caughtUpFields whose values changed: the others are as stored. */
  changed: CaughtUpField[];
  /**
   * The contacts taken out (positions in the stored inputs) and put in (each
   * before the contact at its position there), when any were: then every
   * column is laid out anew (packed-queue-inputs.ts, repackSpliced), and
   * `changed` names those also patched before.
   */
  spliced: ColumnSplice<string> | null;
  /** They hold until then (from the time they were caught up for). */
  until: number;
}

/**
 * The next open goal step of each of `contacts`, and of everyone at the
 * accounts in `reshuffled` (where people joined, left or changed roles, so
 * that an account's goal may have passed from one to another): the goals
 * the build gives them (goalStepsByContact), their own and their accounts'
 * goals, read for them alone. Another contact's own goals never fall to
 * them, so they are not read. Returns the steps and those colleagues.
 */
async function goalStepsOf(
  database: RapportDatabase,
  contacts: readonly Contact[],
  reshuffled: readonly string[],
): Promise<{ steps: Map<string, number>; colleagues: Contact[] }> {
  // Goals that are not open have no next step (nextStepDueAt), so they may come along.
  const valid = (rows: unknown[]): Goal[] => keepValid(database, 'goals', rows);
  const ownGoals = async (people: readonly Contact[]) =>
    people.length === 0
      ? []
      : valid(
          await database.goals
            .where('contactId')
            .anyOf(people.map((contact) => contact.id))
            .toArray(),
        );
  const accountIds = [...new Set([...contacts.flatMap((contact) => contact.accountId ?? []), ...reshuffled])];
  const [own, atAccounts] = await Promise.all([
    ownGoals(contacts),
    accountIds.length > 0 ? database.goals.where('accountId').anyOf(accountIds).toArray() : [],
  ]);
  const accountGoals = valid(atAccounts).filter((goal) => goal.contactId === null);
  // Who owns an account's goal depends on everyone at the account.
  const withAccountGoals = [...new Set(accountGoals.map((goal) => goal.accountId!))];
  const atGoalAccounts =
    withAccountGoals.length > 0
      ? keepValid(
          database,
          'contacts',
          await database.contacts.where('accountId').anyOf(withAccountGoals).toArray(),
        )
      : [];
  const listed = new Set(contacts.map((contact) => contact.id));
  const colleagues = atGoalAccounts.filter(
    (contact) => reshuffled.includes(contact.accountId!) && !listed.has(contact.id),
  );
  const theirOwn = await ownGoals(colleagues);
  return {
    steps: goalStepsByContact([...own, ...theirOwn, ...accountGoals], atGoalAccounts),
    colleagues,
  };
}

/**
 * What the inputs of `contacts` take from their accounts: the tier and share
 * of all value from the accounts' 80/20 ranking (stored, tier-cache.ts, or
 * ranked from the accounts), and their accounts' open issues at `at`,
 * counted as the build counts them.
 */
async function accountPlaces(
  database: RapportDatabase,
  contacts: readonly Contact[],
  at: number,
  settings: EngineSettings,
): Promise<Map<string, AccountPlace>> {
  if (contacts.length === 0) return new Map();
  const accountIds = [...new Set(contacts.flatMap((contact) => contact.accountId ?? []))];
  const [tiers, issues] = await Promise.all([
    loadAccountTiers(settings, database),
    accountIds.length > 0 ? database.accountIssues.where('accountId').anyOf(accountIds).toArray() : [],
  ]);
  const rows = new Map(
    tiers.ranking.rows.filter((row) => accountIds.includes(row.accountId)).map((row) => [row.accountId, row]),
  );
  const placeOf = accountPlaceLookup(rows, tiers.unvalued, keepValid(database, 'accountIssues', issues), at);
  return new Map(contacts.map((contact) => [contact.id, placeOf(contact.accountId)]));
}

/** How many of an account's people are looked at for one the write left alone. */
const COLLEAGUES_TRIED = 16;
/** Past this many accounts, one read of the stored ranking costs less than a read of people per account. */
const FEW_ACCOUNTS = 8;

/**
 * What the inputs of `contacts` take from their accounts, copied from a
 * colleague's entry in the stored inputs: a tier, a share of value and open
 * issues are the account's, the same for everyone there, and hold in the
 * stored inputs for as long as they do (writes of accounts or account issues
 * build the inputs again, and the issues' turns end them, queue-cache.ts).
 * This spares a person added at an account that exists the read of every
 * account's ranking (accountPlaces: about 15 ms at 5,000 accounts). Only a
 * colleague this write left alone will do: one who moved in still carries
 * their old account's place. Null when that settles nothing (someone with no
 * account, too many accounts, or an account with none of its first few
 * people on the queue and untouched).
 */
async function placesFromColleagues(
  database: RapportDatabase,
  contacts: readonly Contact[],
  written: ReadonlySet<string>,
  stored: { ids: IdColumn; columns: PriorityColumns },
): Promise<Map<string, AccountPlace> | null> {
  const accountIds = [...new Set(contacts.map((contact) => contact.accountId))];
  if (accountIds.length > FEW_ACCOUNTS || accountIds.includes(null)) return null;
  const people = await Promise.all(
    accountIds.map((id) =>
      database.contacts.where('accountId').equals(id!).limit(COLLEAGUES_TRIED).primaryKeys(),
    ),
  );
  const byAccount = new Map<string | null, AccountPlace>();
  for (const [a, accountId] of accountIds.entries()) {
    const untouched = people[a]!.filter((id) => !written.has(id));
    const [position] = idPositions(stored.ids, untouched).values();
    if (position === undefined) return null;
    const { columns } = stored;
    byAccount.set(accountId, {
      tier: accountTiers[columns.tiers[position]!]!,
      valueShare: columns.valueShare[position]!,
      openIssues: columns.openIssues[position]!,
    });
  }
  return new Map(contacts.map((contact) => [contact.id, byAccount.get(contact.accountId)!]));
}

/**
 * Where `id` stands in `column`, or would go: the stored inputs list the
 * contacts in the order of their primary keys, as a build reads them, and a
 * catch-up keeps that order.
 */
function sortedPosition(column: IdColumn, id: string): { position: number; found: boolean } {
  let low = 0;
  let high = idCount(column);
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (idAt(column, middle) < id) low = middle + 1;
    else high = middle;
  }
  return { position: low, found: low < idCount(column) && idAt(column, low) === id };
}

/**
 * `stored` at `at` (a time it holds for) after the listed writes that made
 * `changes`; read in the caller's transaction, with the ladder and engine
 * settings the stored inputs were made with. A contact placed on the queue
 * (added, back at an account) is put in where a build would list them; one
 * placed off it (deleted, gone from their account) is taken out. Null when a
 * contact went on or off the queue without being placed (a damaged row
 * written, or mended), or an account's people are not where the inputs say:
 * only building them again settles those.
 */
export async function catchUpQueueInputs(
  database: RapportDatabase,
  stored: StoredQueueInputs,
  changes: ContactChanges,
  at: number,
  ladder: Ladder,
  settings: EngineSettings,
): Promise<CaughtUpInputs | null> {
  const { contactIds } = changes;
  const placed = new Set(changes.placed.contactIds);
  const [contacts, lastGives, followUps, nextGive] = await Promise.all([
    contactsOf(database, contactIds),
    readLastGivesOf(database, contactIds, at),
    openFollowUpsOf(database, contactIds),
    nextGiveAfter(database, at),
  ]);
  const ids = stored.inputs.contactIds;
  const positions = idPositions(ids, contactIds);
  const joining: Contact[] = [];
  const leaving: number[] = [];
  for (const contactId of contactIds) {
    const contact = contacts.get(contactId);
    const onQueue = contact !== undefined && !contact.left;
    const position = positions.get(contactId);
    if (onQueue === (position !== undefined)) continue;
    if (!placed.has(contactId)) return null;
    if (onQueue) joining.push(contact);
    else leaving.push(position!);
  }
  // Where they are now: those placed and on the queue (joining or staying) take their account's place again.
  const replaced = [...contacts.values()].filter((contact) => placed.has(contact.id) && !contact.left);
  const columns = unpackInputs(stored.inputs);
  const [goals, places] = await Promise.all([
    goalStepsOf(database, [...contacts.values()], changes.placed.accountIds),
    placesFromColleagues(database, replaced, new Set(contactIds), { ids, columns }).then(
      (copied) => copied ?? accountPlaces(database, replaced, at, settings),
    ),
  ]);

  // Copied on the first change: an unpacked column may be the stored value's own array.
  const patched: Partial<Record<CaughtUpField, Float64Array | Uint8Array>> = {};
  const patch = (field: CaughtUpField, i: number, value: number) => {
    if (Object.is((patched[field] ?? columns[field])[i], value)) return;
    patched[field] ??= field === 'tiers' ? Uint8Array.from(columns.tiers) : Float64Array.from(columns[field]);
    patched[field][i] = value;
  };
  const patchedFollowUps = new Map(columns.followUps);
  const ownFacts = contactOwnFacts(ladder, settings);
  for (const [contactId, i] of positions) {
    const contact = contacts.get(contactId);
    if (contact === undefined || contact.left) continue;
    const place = places.get(contactId);
    const tier = place?.tier ?? accountTiers[columns.tiers[i]!]!;
    const own = ownFacts(contact, tier);
    patch('lastGiveAt', i, lastGives.get(contactId) ?? NaN);
    patch('cadenceDays', i, own.cadenceDays);
    patch('levelRank', i, own.levelRank);
    patch('goalStepDueAt', i, goals.steps.get(contactId) ?? NaN);
    if (place) {
      patch('tiers', i, accountTiers.indexOf(place.tier));
      patch('valueShare', i, place.valueShare);
      patch('openIssues', i, place.openIssues);
    }
    const open = followUps.get(contactId);
    if (open) patchedFollowUps.set(i, open);
    else patchedFollowUps.delete(i);
  }
  for (const colleague of goals.colleagues) {
    if (colleague.left) continue;
    const { position, found } = sortedPosition(ids, colleague.id);
    // On the queue, and so in the inputs, unless a damaged row was mended behind their back.
    if (!found) return null;
    patch('goalStepDueAt', position, goals.steps.get(colleague.id) ?? NaN);
  }
  const caughtUp: PriorityColumns = { ...columns, ...patched, followUps: patchedFollowUps };
  const changed = caughtUpFields.filter((field) => patched[field] !== undefined);
  // A give logged ahead, now the earliest, ends them sooner; an account issue's turn still ends them.
  const until = Math.min(stored.until, nextGive ?? Infinity);
  if (joining.length === 0 && leaving.length === 0)
    return { inputs: caughtUp, changed, spliced: null, until };

  const inserted = joining
    .map((contact) => ({
      position: sortedPosition(ids, contact.id).position,
      value: contactInput(
        contact,
        places.get(contact.id)!,
        {
          lastGiveAt: lastGives.get(contact.id) ?? null,
          followUps: followUps.get(contact.id) ?? [],
          goalStepDueAt: goals.steps.get(contact.id) ?? null,
        },
        ownFacts,
      ),
    }))
    // Those joining at one place go in id order, as a build reads them.
    .sort((a, b) => a.position - b.position || (a.value.contactId < b.value.contactId ? -1 : 1));
  return {
    inputs: spliceInputs(caughtUp, { removed: leaving, inserted }),
    changed,
    spliced: {
      removed: leaving,
      inserted: inserted.map(({ position, value }) => ({ position, value: value.contactId })),
    },
    until,
  };
}
