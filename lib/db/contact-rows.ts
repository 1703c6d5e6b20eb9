/**
 * The dashboard's contacts table read from the database in one read
 * transaction (lib/portfolio/contact-rows.ts builds the rows), reading what
 * priority-source.ts reads for the queue and no more:
 * - contacts, accounts and deals whole: every contact is a row, the 80/20
 *   tiers need every account's value, and deals count toward every level
 *   check (they are far fewer than gestures);
 * - each contact's last give from the derived `latestGives` table, one row
 *   per contact (a stored give dated after now is looked up through
 *   `[contactId+at]`, as priority-source.ts does);
 * - open follow-ups through the derived `openFollowUps` table (readOpen);
 * - gestures only of the few contacts whose level check their last give
 *   cannot settle (a reference or shared strategy would decide it; see
 *   contact-rows.ts), each through `[contactId+at]`. The other 500,000 are
 *   never read.
 * Every record is validated on the way out (read.ts).
 *
 * Reading those records whole takes seconds at 50,000 contacts, and the
 * table is read again after every write and every time the view is opened.
 * So a loader (contactRowsLoader) keeps the records behind its last rows,
 * with the stamps they were read under (derived.ts). When only some
 * contacts' rows were written since (the writes the book stamp lists:
 * gestures logged, follow-ups, goals, contacts edited, added or deleted),
 * it reads those contacts' records alone and builds every row again from
 * the rest as kept. The rows themselves are always built at the time asked
 * for, as due dates and stale checks move with it. Anything else written
 * (accounts, deals, more than a few contacts at once) and a give logged
 * ahead that has since come to pass mean reading everything again.
 */
import Dexie from 'dexie';
import type { EngineSettings } from '../domain/engine-settings';
import { toInstant, type Now } from '../domain/time';
import { buildContactRows, type ContactRow, type ContactRowRecords } from '../portfolio/contact-rows';
import { contactsOf, openFollowUpsOf } from './contact-reads';
import { db, type RapportDatabase } from './database';
import { getEngineSettings } from './engine-settings';
import { contactsChangedSince, type CacheStamp, type ContactChanges } from './derived';
import { nextGiveAfter, readLastGives, readLastGivesOf } from './last-gives';
import { readOpen } from './priority-source';
import { keepValid } from './read';
import type { Contact, FollowUp, Gesture, Ladder } from './schema';
import { getSetting, ladderSetting } from './settings';

export interface ContactRowsData {
  rows: ContactRow[];
  ladder: Ladder;
  settings: EngineSettings;
  /** How many contacts' gestures had to be read to settle their level check. */
  gestureReads: number;
}

/** The records the rows are built from (without gestures), as read at `at` under the stamps. */
interface KeptRecords {
  records: Required<Omit<ContactRowRecords, 'gestures'>> & { contacts: Contact[]; followUps: FollowUp[] };
  bookStamp: string | null;
  dealsStamp: string | null;
  at: number;
  /** The next give logged ahead of `at` (else Infinity): the last gives read hold until then. */
  until: number;
}

export interface ContactRowsLoader {
  /** Every contact's row at `now`. */
  load(now: Now): Promise<ContactRowsData>;
  /** What the latest load returned, to show while the next one reads. */
  latest(): ContactRowsData | null;
}

/** Loads the rows, each time reading only what was written since the last load when it can (see above). */
export function contactRowsLoader(database: RapportDatabase = db): ContactRowsLoader {
  const tables = [
    database.contacts,
    database.accounts,
    database.deals,
    database.gestures,
    database.followUps,
    database.settings,
    database.latestGives,
    database.openFollowUps,
    database.caches,
  ];
  let kept: { records: KeptRecords; data: ContactRowsData; call: number } | null = null;
  let calls = 0;
  return {
    latest: () => kept?.data ?? null,
    async load(now) {
      const at = toInstant(now);
      const call = ++calls;
      const { records, data } = await database.transaction('r', tables, async () => {
        // The stamps first: records read after them are at least as new, so catching up from them is safe.
        const [ladder, settings, stamps, nextGive] = await Promise.all([
          getSetting(ladderSetting, database),
          getEngineSettings(database),
          database.caches.bulkGet(['book-stamp', 'deals-stamp']) as Promise<Array<CacheStamp | undefined>>,
          nextGiveAfter(database, at),
        ]);
        const [book, deals] = stamps;
        const read = {
          bookStamp: book?.stamp ?? null,
          dealsStamp: deals?.stamp ?? null,
          at,
          until: nextGive ?? Infinity,
        };
        const changes = kept && changesSince(kept.records, book, read);
        const records: KeptRecords = {
          ...read,
          records: changes
            ? await catchUp(database, kept!.records, changes.contactIds, at)
            : await readAll(database, at),
        };
        return { records, data: await judge(database, records.records, ladder, settings, at) };
      });
      // Loads may overlap (a live query runs again while one reads): the one begun last is kept.
      if (kept === null || call > kept.call) kept = { records, data, call };
      return data;
    },
  };
}

/**
 * What was written since `kept` was read, when the book stamp lists it all
 * (none when nothing was): null when anything else may have changed, or a
 * give logged ahead has come to pass since (someone's last give has moved,
 * and only reading them all finds whose; a give logged since is of a
 * contact listed, and read again).
 */
function changesSince(
  kept: KeptRecords,
  book: CacheStamp | undefined,
  now: Omit<KeptRecords, 'records'>,
): Pick<ContactChanges, 'contactIds'> | null {
  if (kept.bookStamp === null || now.bookStamp === null) return null;
  if (now.dealsStamp !== kept.dealsStamp || now.at < kept.at || now.at >= kept.until) return null;
  if (now.bookStamp === kept.bookStamp) return { contactIds: [] };
  return contactsChangedSince(book, kept.bookStamp);
}

/** Every record the rows are built from, read whole. */
async function readAll(database: RapportDatabase, at: number): Promise<KeptRecords['records']> {
  const [contacts, accounts, deals, lastGives, followUps] = await Promise.all([
    database.contacts.toArray(),
    database.accounts.toArray(),
    database.deals.toArray(),
    readLastGives(database, at),
    readOpen(database, 'followUps', database.openFollowUps, at),
  ]);
  return {
    contacts: keepValid(database, 'contacts', contacts),
    accounts: keepValid(database, 'accounts', accounts),
    deals: keepValid(database, 'deals', deals),
    followUps,
    lastGives,
  };
}

/**
 * `kept` with the records of `contactIds` read again: their contact row (or
 * none, deleted), last give and open follow-ups.
 */
async function catchUp(
  database: RapportDatabase,
  kept: KeptRecords,
  contactIds: readonly string[],
  at: number,
): Promise<KeptRecords['records']> {
  const [contacts, lastGives, followUps] = await Promise.all([
    contactsOf(database, contactIds),
    readLastGivesOf(database, contactIds, at),
    openFollowUpsOf(database, contactIds),
  ]);
  const changed = new Set(contactIds);
  const patchedGives = new Map(kept.records.lastGives);
  for (const contactId of contactIds) {
    const lastGive = lastGives.get(contactId);
    if (lastGive === undefined) patchedGives.delete(contactId);
    else patchedGives.set(contactId, lastGive);
  }
  return {
    ...kept.records,
    contacts: mergeById(kept.records.contacts, (contact) => changed.has(contact.id), [...contacts.values()]),
    followUps: mergeById(
      kept.records.followUps,
      (followUp) => changed.has(followUp.contactId),
      [...followUps.values()].flat(),
    ),
    lastGives: patchedGives,
  };
}

/** `sorted` (in id order) without the rows `drop` picks, and with `added` in their places, as a read of the whole table orders them. */
function mergeById<T extends { id: string }>(
  sorted: readonly T[],
  drop: (row: T) => boolean,
  added: readonly T[],
): T[] {
  const incoming = [...added].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const merged: T[] = [];
  let next = 0;
  for (const row of sorted) {
    while (next < incoming.length && incoming[next]!.id < row.id) merged.push(incoming[next++]!);
    if (!drop(row)) merged.push(row);
  }
  return merged.concat(incoming.slice(next));
}

/**
 * The rows at `at`: built from the records, then, for the few contacts whose
 * level check their last give cannot settle, from their gestures too.
 */
async function judge(
  database: RapportDatabase,
  records: KeptRecords['records'],
  ladder: Ladder,
  settings: EngineSettings,
  at: number,
): Promise<ContactRowsData> {
  const first = buildContactRows(records, ladder, settings, at);
  if (first.undecided.length === 0) return { rows: first.rows, ladder, settings, gestureReads: 0 };

  const perContact = await Promise.all(
    first.undecided.map((contactId) =>
      database.gestures
        .where('[contactId+at]')
        .between([contactId, Dexie.minKey], [contactId, at], true, true)
        .toArray(),
    ),
  );
  const gestures = new Map<string, Gesture[]>();
  first.undecided.forEach((contactId, i) =>
    gestures.set(contactId, keepValid(database, 'gestures', perContact[i]!)),
  );
  // Judged again: only the people of the accounts (or the lone contacts) concerned, with those gestures.
  const groupOf = (contact: { id: string; accountId: string | null }) =>
    contact.accountId === null ? `contact:${contact.id}` : `account:${contact.accountId}`;
  const undecided = new Set(first.undecided);
  const groups = new Set(records.contacts.filter((c) => undecided.has(c.id)).map(groupOf));
  const again = buildContactRows(
    { ...records, contacts: records.contacts.filter((c) => groups.has(groupOf(c))), gestures },
    ladder,
    settings,
    at,
  );
  const settled = new Map(again.rows.map((row) => [row.id, row]));
  const rows = first.rows.map((row) => settled.get(row.id) ?? row);
  return { rows, ladder, settings, gestureReads: first.undecided.length };
}
