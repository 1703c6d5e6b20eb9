/**
 * Every contact's name, folded for search (searchKey), kept as one value in
 * `caches` under the book stamp (stamped-cache.ts), for finding a word
 * inside a name ("smith" in "Dana Smith"), which no index holds
 * (`contactIdsByNameWords`). Walking
 * every contact for it took 1.0 to 3.3 s at 50,000 contacts; the value
 * reads back in one request. It is caught up with the contacts the stamp
 * lists since it was stored (renamed, added, deleted), and read again from
 * every contact after any other write.
 */
import Dexie from 'dexie';
import { compareText } from '../domain/compare-text';
import { nameHasWords, typedWords } from '../domain/name-words';
import { searchKey } from '../domain/search-key';
import { contactsOf } from './contact-reads';
import { db, type RapportDatabase } from './database';
import { keepValid } from './read';
import type { Contact } from './schema';
import { readStamped, storeStamped, type StampedRow } from './stamped-cache';

/** Contacts' ids and names, position by position; each name in lower case with accents folded (searchKey). */
export interface ContactNames {
  ids: readonly string[];
  names: readonly string[];
}

interface StoredContactNames extends StampedRow, ContactNames {
  key: 'contact-names';
}

const isContactNames = (value: StoredContactNames): boolean =>
  Array.isArray(value.ids) && Array.isArray(value.names) && value.ids.length === value.names.length;

const namesOf = (contacts: Iterable<Contact>): ContactNames => {
  const ids: string[] = [];
  const names: string[] = [];
  for (const contact of contacts) {
    ids.push(contact.id);
    names.push(searchKey(contact.name));
  }
  return { ids, names };
};

/**
 * `kept` with the names of `changedIds` as `found` has them now (gone from
 * it: deleted or damaged), in id order as a read of every contact gives them.
 */
function caughtUp(
  kept: ContactNames,
  changedIds: readonly string[],
  found: Map<string, Contact>,
): ContactNames {
  const byId = new Map(kept.ids.map((id, i) => [id, kept.names[i]!]));
  let added = false;
  for (const id of changedIds) {
    const contact = found.get(id);
    if (contact) {
      added ||= !byId.has(id);
      byId.set(id, searchKey(contact.name));
    } else {
      byId.delete(id);
    }
  }
  const ids = [...byId.keys()];
  if (added) ids.sort(compareText);
  return { ids, names: ids.map((id) => byId.get(id)!) };
}

/** Stored in a transaction of its own once the reading one is done; failing only means reading again. */
const keep = (database: RapportDatabase, stamp: string | null, names: ContactNames): void => {
  Dexie.ignoreTransaction(() =>
    storeStamped<StoredContactNames>(database, 'book-stamp', stamp, () => ({
      key: 'contact-names',
      ...names,
    })),
  ).catch(() => {});
};

/**
 * Reads of every contact's name under way, by database, with the stamp the
 * searches that started them found: searches begun before the names are
 * kept (the user typing on) share one read instead of each starting its own.
 */
const readsOfEveryName = new WeakMap<
  RapportDatabase,
  { stamp: string | null; names: Promise<ContactNames> }
>();

/** Every valid contact's name, read in a transaction of its own with the stamp it is kept under; shared while it runs. */
function readEveryName(database: RapportDatabase, foundStamp: string | null): Promise<ContactNames> {
  const running = readsOfEveryName.get(database);
  if (running && running.stamp === foundStamp) return running.names;
  const names: Promise<ContactNames> = database
    .transaction('r', [database.contacts, database.caches], () =>
      database.caches.get('book-stamp').then((stampRow) =>
        database.contacts.toArray().then((rows) => {
          const read = namesOf(keepValid(database, 'contacts', rows));
          keep(database, stampRow?.stamp ?? null, read);
          return read;
        }),
      ),
    )
    .finally(() => {
      if (readsOfEveryName.get(database)?.names === names) readsOfEveryName.delete(database);
    });
  readsOfEveryName.set(database, { stamp: foundStamp, names });
  return names;
}

/** The names kept or caught up, or else the stamp under which none were. */
type Kept = ContactNames | { readEveryNameUnder: string | null };

/**
 * Every valid contact's folded name: kept, caught up, or read from every
 * contact (and then kept). In a liveQuery, a search that shares another's
 * read of every name still reads the book stamp, which every write renews.
 */
export function loadContactNames(database: RapportDatabase = db): Promise<ContactNames> {
  return database
    .transaction('r', [database.contacts, database.caches], () =>
      // Chained on Dexie's promise: the search runs in a liveQuery (stamped-cache.ts, readStamped).
      readStamped<StoredContactNames>(database, 'book-stamp', 'contact-names', isContactNames).then(
        (read): Kept | Promise<Kept> => {
          if (read.value) return read.value;
          if (!read.outdated) return { readEveryNameUnder: read.stamp };
          const { value, changes } = read.outdated;
          return contactsOf(database, changes.contactIds).then((found) => {
            const names = caughtUp(value, changes.contactIds, found);
            keep(database, read.stamp, names);
            return names;
          });
        },
      ),
    )
    .then((kept) => ('ids' in kept ? kept : readEveryName(database, kept.readEveryNameUnder)));
}

/**
 * Up to `limit` ids of contacts, not in `exclude`, whose name holds the
 * words of `query` (nameHasWords), in name order. Reads every name when
 * they are not kept (loadContactNames): over a second at 50,000 contacts.
 */
export async function contactIdsByNameWords(
  query: string,
  limit: number,
  exclude: ReadonlySet<string>,
  database: RapportDatabase = db,
): Promise<string[]> {
  const wanted = typedWords(searchKey(query));
  if (wanted.length === 0 || limit <= 0) return [];
  const { ids, names } = await loadContactNames(database);
  const found: Array<{ id: string; name: string }> = [];
  for (let i = 0; i < ids.length; i++) {
    if (!exclude.has(ids[i]!) && nameHasWords(names[i]!, wanted))
      found.push({ id: ids[i]!, name: names[i]! });
  }
  found.sort((a, b) => compareText(a.name, b.name));
  return found.slice(0, limit).map(({ id }) => id);
}
