import Dexie from 'dexie';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { RapportDatabase } from '../../lib/db/database';
import { readStamped, storeStamped, type StampedRow } from '../../lib/db/stamped-cache';
import { account } from '../domain/builders';
import { freshDatabase, seedDatabase } from './test-database';

interface StoredSum extends StampedRow {
  key: 'sum';
  sum: number;
}

let db: RapportDatabase;
beforeEach(async () => {
  db = freshDatabase();
  await seedDatabase(db, { accounts: [account({ id: 'a', revenue: 10 })] });
});
afterEach(async () => {
  await db.delete();
});

const readSum = () => readStamped<StoredSum>(db, 'accounts-stamp', 'sum', () => true);

describe('a stored value made from the records', () => {
  it('is made once the reading transaction is done, not while the reader still holds it', async () => {
    const make = vi.fn((): Omit<StoredSum, 'stamp'> => ({ key: 'sum', sum: 10 }));
    let stored: Promise<boolean> | undefined;
    let madeWhileReading = true;
    await db.transaction('r', [db.accounts, db.caches], async () => {
      const { stamp } = await readSum();
      stored = Dexie.ignoreTransaction(() => storeStamped<StoredSum>(db, 'accounts-stamp', stamp, make));
      // The reader goes on with its own reads and answer; the stored form is not in its way.
      await db.accounts.toArray();
      madeWhileReading = make.mock.calls.length > 0;
    });
    expect(madeWhileReading).toBe(false);
    expect(await stored).toBe(true);
    expect(make).toHaveBeenCalledTimes(1);
    expect((await readSum()).value).toMatchObject({ sum: 10 });
  });

  it('is never made when the records were written after they were read for it', async () => {
    const { stamp } = await readSum();
    await db.transaction('rw', db.accounts, () => db.accounts.update('a', { revenue: 20 }));
    const make = vi.fn((): Omit<StoredSum, 'stamp'> => ({ key: 'sum', sum: 10 }));
    expect(await storeStamped<StoredSum>(db, 'accounts-stamp', stamp, make)).toBe(false);
    expect(make).not.toHaveBeenCalled();
    expect((await readSum()).value).toBeNull();
  });
});
