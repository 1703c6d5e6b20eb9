/**
 * The records behind the dashboard's views of the whole book (the contacts
 * and accounts tables, the pictures), kept between reads. Reading them whole
 * takes seconds at 50,000 contacts, and a view is read again after every
 * write and every time it is opened. So a keeper (bookKeeper) holds the
 * records it last read, with the stamps they were read under (derived.ts),
 * and its next read:
 * - when nothing they come from was written since, gives them as kept;
 * - when only some contacts' rows were (the writes the book stamp lists:
 *   gestures logged, follow-ups, goals, contacts edited, added, moved or
 *   deleted), reads those contacts' records alone;
 * - otherwise reads them whole: after writes of accounts, deals or account
 *   issues, of more contacts at once than the stamp lists (an import;
 *   derived.ts, MAX_LISTED_CONTACTS), and once a give logged
 *   ahead has come to pass (someone's last give has moved, and only reading
 *   them all finds whose).
 * What is read whole, and how:
 * - contacts, accounts and deals: whole (every contact is a row, the 80/20
 *   tiers need every account's value, deals count toward level checks);
 * - each contact's last give at or before the time read, from the derived
 *   `latestGives` table (last-gives.ts);
 * - open follow-ups, and account issues open at that time or later, through
 *   the derived `openFollowUps` and `openIssues` tables (readOpen). Issues
 *   only close as time passes, so those kept still hold every issue open
 *   later; the tables check each issue at their own time.
 * Every record is validated on the way out (read.ts).
 */
import Dexie, { type Table } from 'dexie';
import { compareText } from '../domain/compare-text';
import type { EngineSettings } from '../domain/engine-settings';
import { toInstant, type Now } from '../domain/time';
import { contactsOf, openFollowUpsOf } from './contact-reads';
import type { RapportDatabase } from './database';
import { contactIdsWrittenSince, type CacheStamp } from './derived';
import { getEngineSettings } from './engine-settings';
import { nextGiveAfter, readLastGives, readLastGivesOf } from './last-gives';
import { readOpen } from './priority-source';
import { keepValid } from './read';
import type { Account, AccountIssue, Contact, Deal, FollowUp, Ladder } from './schema';
import { getSetting, ladderSetting } from './settings';

export interface BookRecords {
  /** In id order, as a read of the whole table gives them. */
  contacts: Contact[];
  accounts: Account[];
  deals: Deal[];
  /** Those not done, in id order. */
  followUps: FollowUp[];
  /** Each contact's latest value-adding gesture at or before the time read; none for a contact without one. */
  lastGives: ReadonlyMap<string, number>;
  /** Open at the time read, or later. */
  issues: AccountIssue[];
}

/** The records as read at `at`, under the stamps. */
interface Kept {
  records: BookRecords;
  bookStamp: string | null;
  dealsStamp: string | null;
  at: number;
  /** The next give logged ahead of `at` (else Infinity): the last gives read hold until then. */
  until: number;
  /** Which read made them: of overlapping reads, the one begun last is kept. */
  call: number;
}

export interface BookKeeper {
  /** The tables `read` reads: the caller's read transaction must include them. */
  readonly tables: readonly Table[];
  /** The records at `at`, caught up from the last read when it can be (see above). */
  read(at: number): Promise<BookRecords>;
}

export function bookKeeper(database: RapportDatabase): BookKeeper {
  let kept: Kept | null = null;
  let calls = 0;
  return {
    tables: [
      database.contacts,
      database.accounts,
      database.deals,
      database.gestures,
      database.followUps,
      database.accountIssues,
      database.latestGives,
      database.openFollowUps,
      database.openIssues,
      database.caches,
    ],
    // Chained on Dexie's promise, not awaited: in a liveQuery, a read begun after awaiting a native
    // promise runs outside the caller's transaction, which commits early (in-turn.ts).
    read(at) {
      const call = ++calls;
      // The stamps first: records read after them are at least as new, so catching up from them is safe.
      return Dexie.Promise.all([
        database.caches.bulkGet(['book-stamp', 'deals-stamp']) as Promise<Array<CacheStamp | undefined>>,
        nextGiveAfter(database, at),
      ]).then(([[book, deals], nextGive]) => {
        const read = {
          bookStamp: book?.stamp ?? null,
          dealsStamp: deals?.stamp ?? null,
          at,
          until: nextGive ?? Infinity,
          call,
        };
        const since = kept;
        const changed = since && changedSince(since, book, read);
        const records = changed ? catchUp(database, since!.records, changed, at) : readAll(database, at);
        return records.then((records) => {
          if (kept === null || call > kept.call) kept = { ...read, records };
          return records;
        });
      });
    },
  };
}

/**
 * The contacts whose records were written since `kept` was read, when the
 * book stamp lists every write since (none when nothing was); null when
 * anything else may have changed.
 */
function changedSince(kept: Kept, book: CacheStamp | undefined, now: Omit<Kept, 'records'>): string[] | null {
  if (kept.bookStamp === null) return null;
  if (now.dealsStamp !== kept.dealsStamp || now.at < kept.at || now.at >= kept.until) return null;
  return contactIdsWrittenSince(book, kept.bookStamp);
}

async function readAll(database: RapportDatabase, at: number): Promise<BookRecords> {
  const [contacts, accounts, deals, lastGives, followUps, issues] = await Promise.all([
    database.contacts.toArray(),
    database.accounts.toArray(),
    database.deals.toArray(),
    readLastGives(database, at),
    readOpen(database, 'followUps', database.openFollowUps, at),
    readOpen(database, 'accountIssues', database.openIssues, at),
  ]);
  return {
    contacts: keepValid(database, 'contacts', contacts),
    accounts: keepValid(database, 'accounts', accounts),
    deals: keepValid(database, 'deals', deals),
    followUps,
    lastGives,
    issues,
  };
}

/**
 * `kept` with the records of `contactIds` read again: their contact row (or
 * none, deleted), last give and open follow-ups.
 */
async function catchUp(
  database: RapportDatabase,
  kept: BookRecords,
  contactIds: readonly string[],
  at: number,
): Promise<BookRecords> {
  if (contactIds.length === 0) return kept;
  const [contacts, lastGives, followUps] = await Promise.all([
    contactsOf(database, contactIds),
    readLastGivesOf(database, contactIds, at),
    openFollowUpsOf(database, contactIds),
  ]);
  const changed = new Set(contactIds);
  const patchedGives = new Map(kept.lastGives);
  for (const contactId of contactIds) {
    const lastGive = lastGives.get(contactId);
    if (lastGive === undefined) patchedGives.delete(contactId);
    else patchedGives.set(contactId, lastGive);
  }
  return {
    ...kept,
    contacts: mergeById(kept.contacts, (contact) => changed.has(contact.id), [...contacts.values()]),
    followUps: mergeById(
      kept.followUps,
      (followUp) => changed.has(followUp.contactId),
      [...followUps.values()].flat(),
    ),
    lastGives: patchedGives,
  };
}

/** `sorted` (in id order) without the rows `drop` picks, and with `added` in their places. */
function mergeById<T extends { id: string }>(
  sorted: readonly T[],
  drop: (row: T) => boolean,
  added: readonly T[],
): T[] {
  const incoming = [...added].sort((a, b) => compareText(a.id, b.id));
  const merged: T[] = [];
  let next = 0;
  for (const row of sorted) {
    while (next < incoming.length && incoming[next]!.id < row.id) merged.push(incoming[next++]!);
    if (!drop(row)) merged.push(row);
  }
  return merged.concat(incoming.slice(next));
}

/** Something built from the book's records at the time asked, with what the latest build gave. */
export interface BookView<T> {
  load(now: Now): Promise<T>;
  /** What the latest load gave, to show while the next one reads. */
  latest(): T | null;
}

/** The ladder and engine settings every view of the book is built under. */
export interface BookRules {
  ladder: Ladder;
  settings: EngineSettings;
}

/** How a view is made from the book's records. */
export interface BookViewSource<T, Own> {
  /** What `read` and `build` read besides the book's records and rules: part of the same read transaction. */
  tables?: readonly Table[];
  /** The view's own reads at `at`, begun with the book's. */
  read?(at: number): Promise<Own>;
  /** The view at `at`. It may read more, but only before its first await (see bookKeeper's read). */
  build(records: BookRecords, rules: BookRules, own: Own, at: number): Promise<T>;
}

/** A view of the book made by `view` from `book`'s records, in one read transaction. */
export function bookView<T, Own = undefined>(
  database: RapportDatabase,
  book: BookKeeper,
  view: BookViewSource<T, Own>,
): BookView<T> {
  let latest: { value: T; call: number } | null = null;
  let calls = 0;
  return {
    latest: () => latest?.value ?? null,
    load(now) {
      const at = toInstant(now);
      const call = ++calls;
      const tables = [...book.tables, database.settings, ...(view.tables ?? [])];
      return database
        .transaction('r', tables, () =>
          // Chained, not awaited, for the reason read() gives.
          Dexie.Promise.all([
            book.read(at),
            getSetting(ladderSetting, database),
            getEngineSettings(database),
            view.read?.(at),
          ]).then(([records, ladder, settings, own]) =>
            view.build(records, { ladder, settings }, own as Own, at),
          ),
        )
        .then((value) => {
          if (latest === null || call > latest.call) latest = { value, call };
          return value;
        });
    },
  };
}
