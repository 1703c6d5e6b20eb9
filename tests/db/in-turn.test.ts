import Dexie, { liveQuery, type Table, type Transaction } from 'dexie';
import { describe, expect, it } from 'vitest';
import { readInTurn } from '../../lib/db/in-turn';
import { readWholeTable } from '../../lib/db/paged-read';
import { freshDatabase } from './test-database';

const gives = (prefix: string, count: number) =>
  Array.from({ length: count }, (_, i) => ({ contactId: `${prefix}${String(i).padStart(3, '0')}`, at: i }));

/** The first value a liveQuery gives, or its error. */
function firstValue<T>(query: () => Promise<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    const subscription = liveQuery(query).subscribe({
      next: (value) => {
        subscription.unsubscribe();
        resolve(value);
      },
      error: reject,
    });
  });
}

describe('readInTurn', () => {
  it('keeps reads made in pages, one after another, inside a transaction run by a liveQuery', async () => {
    const database = freshDatabase();
    await database.latestGives.bulkAdd(gives('a', 30));
    await database.openGoals.bulkAdd(
      gives('g', 12).map(({ contactId, at }) => ({ id: contactId, until: at })),
    );
    const seen: (Transaction | undefined)[] = [];
    const paged = async <T, K, I>(table: Table<T, K, I>) => {
      seen.push(Dexie.currentTransaction);
      return readWholeTable(table, 4);
    };
    const [latest, goals, constant] = await firstValue(() =>
      database.transaction('r', [database.latestGives, database.openGoals], () =>
        readInTurn([() => paged(database.latestGives), () => paged(database.openGoals), () => 7]),
      ),
    );
    expect(latest).toHaveLength(30);
    expect(goals.map((row) => row.id)).toEqual(gives('g', 12).map((row) => row.contactId));
    expect(constant).toBe(7);
    // Both reads ran in the one transaction, the second as well as the first.
    expect(seen).toHaveLength(2);
    expect(seen[0]).toBeDefined();
    expect(seen[1]).toBe(seen[0]);
    database.close();
  });

  it('starts each read only once the one before has finished', async () => {
    const events: string[] = [];
    const step = (name: string) => async () => {
      events.push(`${name} starts`);
      await Dexie.Promise.resolve();
      await Dexie.Promise.resolve();
      events.push(`${name} ends`);
      return name;
    };
    expect(await readInTurn([step('one'), step('two'), step('three')])).toEqual(['one', 'two', 'three']);
    expect(events).toEqual([
      'one starts',
      'one ends',
      'two starts',
      'two ends',
      'three starts',
      'three ends',
    ]);
  });

  it('fails with the first read that fails, and starts none after it', async () => {
    let laterStarted = false;
    const failing = readInTurn([
      () => Promise.reject(new Error('damaged')),
      () => {
        laterStarted = true;
        return 1;
      },
    ]);
    await expect(failing).rejects.toThrow('damaged');
    expect(laterStarted).toBe(false);
  });
});
