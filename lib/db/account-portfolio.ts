/**
 * The dashboard's accounts table read from the database in one read
 * transaction (lib/portfolio/account-rows.ts builds the rows):
 * - contacts, accounts, the ladder and the engine settings: whole;
 * - each contact's last touch and next due date: from the priority queue's
 *   own inputs (priority-source.ts), which read the derived `latestGives`
 *   and `openFollowUps` tables rather than every gesture and follow-up;
 * - open issues: their ids from the derived `openIssues` table (still open
 *   after now), then those records by key;
 * - deals still to close: through the `closedAt` index, after now only.
 * Every record is validated on the way out (read.ts).
 */
import { nextDue } from '../domain/due';
import { toInstant, type Now } from '../domain/time';
import { buildAccountRows, type AccountRow } from '../portfolio/account-rows';
import { db, type RapportDatabase } from './database';
import { loadPriorityInputs, priorityTables } from './priority-source';
import { keepValid } from './read';
import type { Ladder } from './schema';

export interface AccountPortfolio {
  rows: AccountRow[];
  ladder: Ladder;
  now: number;
}

export async function loadAccountPortfolio(
  now: Now,
  database: RapportDatabase = db,
): Promise<AccountPortfolio> {
  const at = toInstant(now);
  return database.transaction('r', [...priorityTables(database), database.deals], async () => {
    // The queue's inputs bring the contacts, accounts, open issues and settings they were built from.
    const [priority, deals] = await Promise.all([
      loadPriorityInputs(at, database),
      database.deals.where('closedAt').above(at).toArray(),
    ]);
    const { contacts, accounts, issues, ladder, settings } = priority.read;
    const lastGives = new Map<string, number>();
    const nextDues = new Map<string, number>();
    for (const input of priority.inputs) {
      if (input.clock.lastGiveAt !== null) lastGives.set(input.contactId, input.clock.lastGiveAt);
      nextDues.set(input.contactId, nextDue(input.clock).dueAt);
    }
    const rows = buildAccountRows(
      {
        accounts,
        contacts,
        ladder,
        settings,
        lastGives,
        nextDues,
        issues,
        deals: keepValid(database, 'deals', deals),
      },
      at,
    );
    return { rows, ladder, now: at };
  });
}
