/**
 * The dashboard's contacts table read from the database in one read
 * transaction (lib/portfolio/contact-rows.ts builds the rows), reading what
 * priority-source.ts reads for the queue and no more:
 * - contacts, accounts and deals whole: every contact is a row, the 80/20
 *   tiers need every account's value, and deals count toward every level
 *   check (they are far fewer than gestures);
 * - each contact's last give from the derived `latestGives` table, one row
 *   per contact (a stored give dated after now is looked up through
 *   `[contactId+at]`, as priority-source.ts does);
 * - open follow-ups through the derived `openFollowUps` table (readOpen);
 * - gestures only of the few contacts whose level check their last give
 *   cannot settle (a reference or shared strategy would decide it; see
 *   contact-rows.ts), each through `[contactId+at]`. The other 500,000 are
 *   never read.
 * Every record is validated on the way out (read.ts).
 */
import Dexie from 'dexie';
import type { EngineSettings } from '../domain/engine-settings';
import { toInstant, type Now } from '../domain/time';
import { buildContactRows, type ContactRow } from '../portfolio/contact-rows';
import { db, type RapportDatabase } from './database';
import { getEngineSettings } from './engine-settings';
import { readLastGives } from './last-gives';
import { readOpen } from './priority-source';
import { keepValid } from './read';
import type { Gesture, Ladder } from './schema';
import { getSetting, ladderSetting } from './settings';

export interface ContactRowsData {
  rows: ContactRow[];
  ladder: Ladder;
  settings: EngineSettings;
  /** How many contacts' gestures had to be read to settle their level check. */
  gestureReads: number;
}

/** Every contact's row at `now`. */
export async function loadContactRows(now: Now, database: RapportDatabase = db): Promise<ContactRowsData> {
  const at = toInstant(now);
  const tables = [
    database.contacts,
    database.accounts,
    database.deals,
    database.gestures,
    database.followUps,
    database.settings,
    database.latestGives,
    database.openFollowUps,
  ];
  return database.transaction('r', tables, async () => {
    const [ladder, settings, contacts, accounts, deals, lastGives, followUps] = await Promise.all([
      getSetting(ladderSetting, database),
      getEngineSettings(database),
      database.contacts.toArray(),
      database.accounts.toArray(),
      database.deals.toArray(),
      readLastGives(database, at),
      readOpen(database, 'followUps', database.openFollowUps, at),
    ]);
    const records = {
      contacts: keepValid(database, 'contacts', contacts),
      accounts: keepValid(database, 'accounts', accounts),
      deals: keepValid(database, 'deals', deals),
      followUps,
      lastGives,
    };
    const first = buildContactRows(records, ladder, settings, at);
    if (first.undecided.length === 0) return { rows: first.rows, ladder, settings, gestureReads: 0 };

    const perContact = await Promise.all(
      first.undecided.map((contactId) =>
        database.gestures
          .where('[contactId+at]')
          .between([contactId, Dexie.minKey], [contactId, at], true, true)
          .toArray(),
      ),
    );
    const gestures = new Map<string, Gesture[]>();
    first.undecided.forEach((contactId, i) =>
      gestures.set(contactId, keepValid(database, 'gestures', perContact[i]!)),
    );
    // Judged again: only the people of the accounts (or the lone contacts) concerned, with those gestures.
    const groupOf = (contact: { id: string; accountId: string | null }) =>
      contact.accountId === null ? `contact:${contact.id}` : `account:${contact.accountId}`;
    const undecided = new Set(first.undecided);
    const groups = new Set(records.contacts.filter((c) => undecided.has(c.id)).map(groupOf));
    const again = buildContactRows(
      { ...records, contacts: records.contacts.filter((c) => groups.has(groupOf(c))), gestures },
      ladder,
      settings,
      at,
    );
    const settled = new Map(again.rows.map((row) => [row.id, row]));
    const rows = first.rows.map((row) => settled.get(row.id) ?? row);
    return { rows, ladder, settings, gestureReads: first.undecided.length };
  });
}
