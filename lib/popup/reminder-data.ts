/**
 * What the popup reads for its reminder list: the ranked queue (one page
 * first, the rest after the first paint) and, for the rows on screen only,
 * who each contact is (name, account, level, how to reach them) by bulkGet.
 * The popup never reads the whole contacts table to show names.
 */
import { db, type RapportDatabase } from '../db/database';
import { listFollowUpsOfContact } from '../db/follow-ups';
import { loadPriorityQueue } from '../db/priority-source';
import { keepValid } from '../db/read';
import { getSetting, ladderSetting } from '../db/settings';
import type { FollowUp, Level } from '../db/schema';
import type { PriorityRanking } from '../domain/priority';

/** Entries in the first read: more than a popup shows, few enough to paint at once. */
export const FIRST_PAGE = 30;
/**
 * Entries in the full read, after the first paint. The list is virtualised,
 * so this only bounds memory; the heading says how many need attention in all.
 */
export const FULL_QUEUE_LIMIT = 5_000;

export function loadReminderQueue(
  now: number,
  limit: number,
  database: RapportDatabase = db,
): Promise<PriorityRanking> {
  return loadPriorityQueue(now, { limit }, database);
}

export interface ReminderPerson {
  contactId: string;
  name: string;
  accountName: string | null;
  level: Pick<Level, 'id' | 'name' | 'color'>;
  /** First LinkedIn slug, for the profile link. */
  linkedinSlug: string | null;
  /** First email address, for "Compose email". */
  email: string | null;
}

/**
 * Who the given contacts are, keyed by contact id; ids with no (valid)
 * contact are absent. Two bulkGets (contacts, then their accounts) and the
 * ladder, in one read transaction.
 */
export async function loadReminderPeople(
  contactIds: readonly string[],
  database: RapportDatabase = db,
): Promise<Map<string, ReminderPerson>> {
  const people = new Map<string, ReminderPerson>();
  if (contactIds.length === 0) return people;
  return database.transaction('r', [database.contacts, database.accounts, database.settings], async () => {
    const [rows, ladder] = await Promise.all([
      database.contacts.bulkGet([...contactIds]),
      getSetting(ladderSetting, database),
    ]);
    const contacts = keepValid(
      database,
      'contacts',
      rows.filter((row) => row !== undefined),
    );
    const accountIds = [...new Set(contacts.flatMap((c) => (c.accountId === null ? [] : [c.accountId])))];
    const accountRows = accountIds.length > 0 ? await database.accounts.bulkGet(accountIds) : [];
    const accounts = new Map(
      keepValid(
        database,
        'accounts',
        accountRows.filter((row) => row !== undefined),
      ).map((account) => [account.id, account]),
    );
    for (const contact of contacts) {
      const level = ladder.levels.find((l) => l.id === contact.levelId) ?? ladder.levels[0]!;
      people.set(contact.id, {
        contactId: contact.id,
        name: contact.name,
        accountName: (contact.accountId !== null && accounts.get(contact.accountId)?.name) || null,
        level: { id: level.id, name: level.name, color: level.color },
        linkedinSlug: contact.linkedinSlugs[0] ?? null,
        email: contact.emails[0] ?? null,
      });
    }
    return people;
  });
}

/** When an open follow-up is due: its date, or its snooze when that is later. */
export const followUpDueAt = (followUp: FollowUp) =>
  Math.max(followUp.dueAt, followUp.snoozedUntil ?? followUp.dueAt);

/**
 * The contact's open follow-ups that the user (or a goal's plan) set, soonest
 * first: an opened entry lists them, since the queue's reasons name only the
 * one that falls due first (often the cadence), never what the others say.
 */
export async function loadOpenFollowUps(
  contactId: string,
  database: RapportDatabase = db,
): Promise<FollowUp[]> {
  const followUps = await listFollowUpsOfContact(contactId, database);
  return followUps
    .filter((followUp) => followUp.doneAt === null && followUp.source !== 'cadence')
    .sort((a, b) => followUpDueAt(a) - followUpDueAt(b));
}

/** Whether the user has any contact at all (the empty state for a new user differs from "all caught up"). */
export async function hasAnyContact(database: RapportDatabase = db): Promise<boolean> {
  return (await database.contacts.limit(1).count()) > 0;
}

/** A LinkedIn profile address for a stored (normalised) slug. */
export function linkedinProfileUrl(slug: string): string {
  return `https://www.linkedin.com/in/${encodeURIComponent(slug)}/`;
}

export function mailtoUrl(email: string): string {
  return `mailto:${encodeURIComponent(email).replace(/%40/g, '@')}`;
}
