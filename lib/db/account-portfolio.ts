/**
 * The dashboard's accounts table (lib/portfolio/account-rows.ts builds the
 * rows) from the book's records as the dashboard keeps them
 * (book-records.ts: contacts, accounts, deals, last gives, open follow-ups
 * and issues, caught up with the writes since the last read when they can
 * be), built at the time asked for: each contact's next due date from their
 * clock as the priority queue sets it (contact-clocks.ts), issues open and
 * deals still to close at that time.
 */
import { contactClocks } from '../domain/contact-clocks';
import { nextDue } from '../domain/due';
import type { EngineSettings } from '../domain/engine-settings';
import { buildAccountRows, type AccountRow } from '../portfolio/account-rows';
import { bookKeeper, bookView, type BookKeeper, type BookRecords, type BookView } from './book-records';
import type { RapportDatabase } from './database';
import type { Ladder } from './schema';

export interface AccountPortfolio {
  rows: AccountRow[];
  ladder: Ladder;
  now: number;
}

/** Every account's row, from `book`'s records (by default a keeper of its own). */
export function accountPortfolioLoader(
  database: RapportDatabase,
  book: BookKeeper = bookKeeper(database),
): BookView<AccountPortfolio> {
  return bookView(database, book, {
    build: async (records, { ladder, settings }, _own, at) => ({
      rows: buildAccountRows(
        {
          ...records,
          ladder,
          settings,
          nextDues: nextDues(records, settings),
          deals: records.deals.filter((deal) => deal.closedAt > at),
        },
        at,
      ),
      ladder,
      now: at,
    }),
  });
}

/** Each followed contact's next due date (the rows count those still at an account). */
function nextDues(records: BookRecords, settings: EngineSettings): Map<string, number> {
  const clocks = contactClocks(records, settings);
  return new Map([...clocks].map(([contactId, clock]) => [contactId, nextDue(clock).dueAt]));
}
