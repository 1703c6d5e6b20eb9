import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { gestureWindowKeeper } from '../../lib/db/gesture-window';
import type { Gesture } from '../../lib/db/schema';
import { logTouch } from '../../lib/db/touch';
import { gestureWindow } from '../../lib/portfolio/chart-data';
import { contact, day, gesture, NOW } from '../domain/builders';
import { afterRandomWrites } from './book-writes';
import { NOW as BOOK_NOW } from './priority-arbitraries';
import { freshDatabase, seedDatabase } from './test-database';

const HOUR = 3_600_000;
const ids = (gestures: readonly Gesture[]) => gestures.map((g) => g.id).sort();

describe('the kept window of gestures', () => {
  it('reads again only the gestures written since, and those come into the window', async () => {
    const database = freshDatabase();
    await seedDatabase(database, {
      contacts: [contact({ id: 'ann' }), contact({ id: 'bob' }), contact({ id: 'cy' })],
      gestures: [
        ...['ann', 'bob', 'cy'].flatMap((id) => [-30, -20, -10].map((n) => gesture(id, 'gift', day(n)))),
        gesture('bob', 'article', day(2)),
        gesture('cy', 'article', day(-100)),
      ],
    });
    const read: unknown[] = [];
    database.gestures.hook('reading', (row) => {
      read.push(row);
      return row;
    });
    const kept = gestureWindowKeeper(database);
    const from = day(-60);
    const fresh = async (at: number) =>
      database.gestures.where('at').between(from, at, true, true).primaryKeys();

    expect(await kept.read(from, NOW)).toHaveLength(9);
    expect(read).toHaveLength(9);

    const logged = await logTouch({ contactId: 'ann', type: 'article' }, NOW + HOUR, database);
    read.length = 0;
    const afterGive = await kept.read(from, NOW + 2 * HOUR);
    expect(ids(afterGive)).toEqual((await fresh(NOW + 2 * HOUR)).sort());
    // Ann's four, read again through [contactId+at]; the give arrived too, as dated after the last read.
    expect(read).toHaveLength(5);
    expect(afterGive.map((g) => g.id)).toContain(logged.gesture.id);

    // Three days on, nothing written: Bob's article logged ahead has come into the window.
    read.length = 0;
    const later = await kept.read(from, day(3));
    expect(ids(later)).toEqual((await fresh(day(3))).sort());
    expect(read).toHaveLength(1);

    // A window that starts elsewhere is read whole.
    read.length = 0;
    expect(await kept.read(day(-200), day(3))).toHaveLength(12);
    expect(read).toHaveLength(12);

    // A write the book stamp does not list (here, every gesture cleared) means reading the window whole.
    await database.gestures.clear();
    expect(await kept.read(day(-200), day(3))).toEqual([]);
  });

  it('holds what a fresh read of the window holds, after random writes', async () => {
    // Two weeks' window, and writes up to eight days on: some land in the next week's window.
    const windowAt = (now: number) => gestureWindow(now, 2);
    await fc.assert(
      afterRandomWrites(
        async (database) => {
          const kept = gestureWindowKeeper(database);
          const first = windowAt(BOOK_NOW);
          await kept.read(first.from, first.to);
          return async (now) => {
            const { from, to } = windowAt(now);
            const fresh = await gestureWindowKeeper(database).read(from, to);
            expect(ids(await kept.read(from, to))).toEqual(ids(fresh));
          };
        },
        { maxHours: 200 },
      ),
      { numRuns: 80 },
    );
  }, 120_000);
});
