/**
 * Values worked out from many records (the accounts' 80/20 ranking, the
 * priority queue's inputs), stored in `caches` beside the stamp of the
 * records they come from, so that a service worker that has just started
 * does not read every record again. The derived-tables middleware renews a
 * stamp in every transaction that writes its tables (derived.ts). A stored
 * value is current while it carries the current stamp and the reader's own
 * conditions hold (the settings it was made under, the times it holds for).
 *
 * A reader that had to work the value out stores it afterwards, in a
 * transaction of its own that first checks the stamp is still the one it
 * read the records under: records written in between have renewed the
 * stamp, and the value, already out of date, is not stored.
 */
import type { RapportDatabase } from './database';
import { contactsChangedSince, type CacheStamp, type ContactChanges, type StampKey } from './derived';
import { newId } from './ids';

/** Every row of `caches`: a stamp, or a value with the stamp it was made under. */
export interface StampedRow {
  key: string;
  stamp: string;
}

export interface StampedRead<V> {
  /** The records' current stamp; null until they are first written at this database version. */
  stamp: string | null;
  /** The stored value, when it is current. */
  value: V | null;
  /**
   * Otherwise, the stored value when it holds but was made under an earlier
   * stamp, since which only some contacts' rows were written (their
   * gestures, follow-ups, own goals, or the contacts themselves; derived.ts,
   * contactsChangedSince): what those writes changed.
   */
  outdated: { value: V; changes: ContactChanges } | null;
}

/**
 * The value stored at `key` if it is current; read in the caller's
 * transaction, with the records it stands for. Chained on Dexie's own promise
 * rather than awaited: each native `await` between a caller's reads is a
 * step where Dexie may lose the transaction's zone (in a liveQuery it did),
 * and the caller's next read then runs in a transaction of its own while the
 * caller's commits for want of requests.
 */
export function readStamped<V extends StampedRow>(
  database: RapportDatabase,
  stampKey: StampKey,
  key: V['key'],
  holds: (value: V) => boolean,
): Promise<StampedRead<V>> {
  return database.caches.bulkGet([stampKey, key]).then(([stampRow, valueRow]) => {
    const stamp = stampRow?.stamp ?? null;
    const value = valueRow as V | undefined;
    if (value === undefined || stamp === null || !holds(value)) return { stamp, value: null, outdated: null };
    if (value.stamp === stamp) return { stamp, value, outdated: null };
    const changes = contactsChangedSince(stampRow as CacheStamp, value.stamp);
    return { stamp, value: null, outdated: changes ? { value, changes } : null };
  });
}

/**
 * Stores the value `make` gives, made from the records as they were under
 * `stamp`, unless they have been written since. Resolves to whether it was
 * stored. Its own transaction: call it outside the one the records were read
 * in. `make` is called only once the stamp is found current, after that
 * transaction is done: the caller's answer does not wait for the stored form
 * to be made, and a value that would not be stored is never made.
 */
export function storeStamped<V extends StampedRow>(
  database: RapportDatabase,
  stampKey: StampKey,
  stamp: string | null,
  make: () => Omit<V, 'stamp'>,
): Promise<boolean> {
  return database.transaction('rw', database.caches, async () => {
    const now = (await database.caches.get(stampKey))?.stamp ?? null;
    if (now !== stamp) return false;
    // Nothing written yet at this version: the value is of the first state, stamped here.
    const current = now ?? newId();
    const rows: StampedRow[] = [{ ...make(), stamp: current }];
    if (now === null) rows.push({ key: stampKey, stamp: current } satisfies CacheStamp);
    await database.caches.bulkPut(rows);
    return true;
  });
}
