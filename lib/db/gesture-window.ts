/**
 * The gestures dated within a window that starts at a fixed time and runs
 * up to now (the pictures' last 12 weeks), kept between reads. Reading them
 * takes about 2 s at 500,000 gestures over three years, and the pictures are
 * read again after every write and every time their view is opened. So a
 * keeper holds the gestures it last read with the book stamp they were read
 * under (derived.ts), and, while the window starts at the same time, its
 * next read takes only:
 * - the gestures of the contacts whose gestures were written since, when the
 *   book stamp lists them (through `[contactId+at]`);
 * - the gestures that have come into the window since, dated after the last
 *   read up to now (through `at`).
 * Otherwise (a new week, or writes the stamp does not list) it reads the
 * window whole, through `at`.
 */
import Dexie from 'dexie';
import type { RapportDatabase } from './database';
import { contactIdsWrittenSince, type CacheStamp } from './derived';
import { keepValid } from './read';
import type { Gesture } from './schema';

interface Kept {
  bookStamp: string;
  from: number;
  at: number;
  /** Valid, dated from `from` to `at` inclusive. */
  gestures: Gesture[];
  /** Which read made them: of overlapping reads, the one begun last is kept. */
  call: number;
}

export interface GestureWindowKeeper {
  /** The valid gestures dated from `from` to `at`, inclusive. */
  read(from: number, at: number): Promise<Gesture[]>;
}

export function gestureWindowKeeper(database: RapportDatabase): GestureWindowKeeper {
  let kept: Kept | null = null;
  let calls = 0;
  const valid = (rows: unknown[]) => keepValid(database, 'gestures', rows);

  /** `since`'s gestures with those of `contactIds` read again, and those dated after `since` up to `at`. */
  const catchUp = (since: Kept, contactIds: readonly string[], at: number): Promise<Gesture[]> => {
    const changed = new Set(contactIds);
    return Dexie.Promise.all([
      Dexie.Promise.all(
        contactIds.map((contactId) =>
          database.gestures
            .where('[contactId+at]')
            .between([contactId, since.from], [contactId, at], true, true)
            .toArray(),
        ),
      ),
      database.gestures.where('at').between(since.at, at, false, true).toArray(),
    ]).then(([theirs, arrived]) => [
      ...since.gestures.filter((gesture) => !changed.has(gesture.contactId)),
      ...valid(theirs.flat()),
      ...valid(arrived).filter((gesture) => !changed.has(gesture.contactId)),
    ]);
  };

  return {
    read(from, at) {
      const call = ++calls;
      // Chained on Dexie's promise, not awaited, to stay inside the transaction in a liveQuery (in-turn.ts).
      return database.transaction('r', [database.gestures, database.caches], () =>
        database.caches.get('book-stamp').then((row) => {
          const book = row as CacheStamp | undefined;
          const since = kept;
          const changed =
            since && since.from === from && at >= since.at
              ? contactIdsWrittenSince(book, since.bookStamp)
              : null;
          const gestures = changed
            ? catchUp(since!, changed, at)
            : database.gestures.where('at').between(from, at, true, true).toArray().then(valid);
          return gestures.then((gestures) => {
            if (book && (kept === null || call > kept.call))
              kept = { bookStamp: book.stamp, from, at, gestures, call };
            return gestures;
          });
        }),
      );
    },
  };
}
