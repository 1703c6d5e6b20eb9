/**
 * The dashboard's contacts table (lib/portfolio/contact-rows.ts builds the
 * rows) from the book's records as the dashboard keeps them
 * (book-records.ts: contacts, accounts, deals, last gives and open
 * follow-ups, caught up with the writes since the last read when they can
 * be), built at the time asked for, as due dates and stale checks move with
 * it. Gestures are read only of the few contacts whose level check their
 * last give cannot settle (a reference or shared strategy would decide it;
 * see lib/portfolio/contact-rows.ts), each through `[contactId+at]`: the
 * other 500,000 are never read.
 */
import Dexie from 'dexie';
import type { EngineSettings } from '../domain/engine-settings';
import { buildContactRows, type ContactRow } from '../portfolio/contact-rows';
import { bookKeeper, bookView, type BookKeeper, type BookRecords, type BookView } from './book-records';
import type { RapportDatabase } from './database';
import { keepValid } from './read';
import type { Gesture, Ladder } from './schema';

export interface ContactRowsData {
  rows: ContactRow[];
  ladder: Ladder;
  settings: EngineSettings;
  /** How many contacts' gestures had to be read to settle their level check. */
  gestureReads: number;
}

/** Every contact's row, from `book`'s records (by default a keeper of its own). */
export function contactRowsLoader(
  database: RapportDatabase,
  book: BookKeeper = bookKeeper(database),
): BookView<ContactRowsData> {
  return bookView(database, book, {
    build: (records, { ladder, settings }, _own, at) => judge(database, records, ladder, settings, at),
  });
}

/**
 * The rows at `at`: built from the records, then, for the few contacts whose
 * level check their last give cannot settle, from their gestures too.
 */
async function judge(
  database: RapportDatabase,
  records: BookRecords,
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
