import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { accountPortfolioLoader } from '../../lib/db/account-portfolio';
import { bookKeeper } from '../../lib/db/book-records';
import { chartsLoader } from '../../lib/db/chart-data';
import { contactRowsLoader } from '../../lib/db/contact-rows';
import { getEngineSettings } from '../../lib/db/engine-settings';
import { logTouch } from '../../lib/db/touch';
import { contactClocks } from '../../lib/domain/contact-clocks';
import { account, contact, day, gesture, issue, NOW } from '../domain/builders';
import { afterRandomWrites } from './book-writes';
import { bookArbitrary, inputsFromWholeTables, NOW as BOOK_NOW } from './priority-arbitraries';
import { freshDatabase, seedDatabase } from './test-database';

const HOUR = 3_600_000;

describe('the book records the dashboard keeps', () => {
  it('let the accounts table catch up with a give without reading every contact', async () => {
    const database = freshDatabase();
    await seedDatabase(database, {
      accounts: [account({ id: 'acme', name: 'Acme' })],
      contacts: [
        contact({ id: 'ann', name: 'Ann', accountId: 'acme', cadenceDays: 30 }),
        contact({ id: 'bob', name: 'Bob', accountId: 'acme', cadenceDays: 30 }),
      ],
      gestures: [gesture('ann', 'gift', day(-10)), gesture('bob', 'gift', day(-20))],
      accountIssues: [issue({ accountId: 'acme', resolvedAt: day(1) })],
    });
    const loader = accountPortfolioLoader(database);
    const [before] = (await loader.load(NOW)).rows;
    expect(before?.nextDue).toMatchObject({ contactId: 'bob', at: day(10) });
    expect(before?.openIssues).toBe(1);

    await logTouch({ contactId: 'bob', type: 'article' }, NOW + HOUR, database);
    const wholeReads = vi.spyOn(database.contacts, 'toArray');
    const [after] = (await loader.load(NOW + 2 * HOUR)).rows;
    expect(wholeReads).not.toHaveBeenCalled();
    expect(after?.nextDue).toMatchObject({ contactId: 'ann', at: day(20) });

    // Two days on, nothing written: the issue resolved ahead is no longer open.
    const [later] = (await loader.load(day(2))).rows;
    expect(wholeReads).not.toHaveBeenCalled();
    expect(later?.openIssues).toBe(0);
    wholeReads.mockRestore();
  });

  it('shared by the tables and the pictures, give each what a fresh read gives after random writes', async () => {
    /** Which tables are loaded after a write, and in what order. */
    const loads = fc
      .subarray(['contacts', 'accounts'] as const)
      .chain((tables) => fc.shuffledSubarray(tables));
    await fc.assert(
      afterRandomWrites(
        async (database) => {
          const book = bookKeeper(database);
          const loaders = {
            contacts: contactRowsLoader(database, book),
            accounts: accountPortfolioLoader(database, book),
            charts: chartsLoader(database, book),
          };
          const fresh = {
            contacts: contactRowsLoader,
            accounts: accountPortfolioLoader,
            charts: chartsLoader,
          };
          await loaders.contacts.load(BOOK_NOW);
          return async (now, tables) => {
            for (const table of tables)
              expect(await loaders[table].load(now)).toEqual(await fresh[table](database).load(now));
          };
        },
        { extra: loads },
      ),
      { numRuns: 80 },
    );
  }, 120_000);
});

describe('contactClocks over the kept records', () => {
  it('sets every followed contact’s clock as the priority queue does, on random books', async () => {
    await fc.assert(
      fc.asyncProperty(bookArbitrary, fc.integer({ min: 0, max: 72 }), async (draft, hours) => {
        const database = freshDatabase();
        try {
          await seedDatabase(database, draft);
          const at = BOOK_NOW + hours * HOUR;
          const keeper = bookKeeper(database);
          const records = await database.transaction('r', keeper.tables, () => keeper.read(at));
          const clocks = contactClocks(records, await getEngineSettings(database));
          const { inputs } = await inputsFromWholeTables(database, at);
          const sortById = <T>(entries: [string, T][]) => entries.sort(([a], [b]) => (a < b ? -1 : 1));
          expect(sortById([...clocks])).toEqual(
            sortById(inputs.map((input) => [input.contactId, input.clock])),
          );
        } finally {
          database.close();
        }
      }),
      { numRuns: 80 },
    );
  });
});
