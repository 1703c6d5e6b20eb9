/**
 * The dashboard's accounts table (lib/portfolio/account-rows.ts builds the
 * rows) from the book's records as the dashboard keeps them
 * (book-records.ts: contacts, accounts, deals, last gives, open follow-ups
 * and issues, caught up with the writes since the last read when they can
 * be), built at the time asked for: each contact's next due date from their
 * last give, cadence and open follow-ups (due.ts, as the priority queue
 * works it out), issues open and deals still to close at that time.
 */
import { resolveCadence } from '../domain/cadence';
import { nextDue } from '../domain/due';
import { groupBy } from '../domain/group-by';
import type { EngineSettings } from '../domain/engine-settings';
import { rankAccounts } from '../domain/pareto';
import { buildAccountRows, type AccountRow } from '../portfolio/account-rows';
import { bookKeeper, bookView, type BookKeeper, type BookRecords, type BookView } from './book-records';
import type { RapportDatabase } from './database';
import { getEngineSettings } from './engine-settings';
import type { Ladder } from './schema';
import { getSetting, ladderSetting } from './settings';

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
    tables: [database.settings],
    read: () => Promise.all([getSetting(ladderSetting, database), getEngineSettings(database)]),
    build: async (records, [ladder, settings], at) => ({
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

/** Each contact's next due date, for those still at an account (the only ones the rows count). */
function nextDues(records: BookRecords, settings: EngineSettings): Map<string, number> {
  const ranking = rankAccounts(records.accounts, settings.pareto);
  const tiers = new Map(ranking.rows.map((row) => [row.accountId, row.tier]));
  const followUps = groupBy(records.followUps, (followUp) => followUp.contactId);
  const dues = new Map<string, number>();
  for (const contact of records.contacts) {
    if (contact.left || contact.accountId === null) continue;
    const tier = tiers.get(contact.accountId) ?? ranking.unvaluedTier;
    const due = nextDue({
      lastGiveAt: records.lastGives.get(contact.id) ?? null,
      since: contact.createdAt,
      cadenceDays: resolveCadence(contact, tier, settings.cadence).days,
      followUps: followUps.get(contact.id) ?? [],
    });
    dues.set(contact.id, due.dueAt);
  }
  return dues;
}
