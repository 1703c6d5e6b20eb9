/**
 * Who fell due in a stretch of time, with their names, for the notification.
 * Read from the same ranked queue the popup shows, so a notification never
 * announces someone the popup would not list (snoozed contacts, for one).
 */
import { db, type RapportDatabase } from '../db/database';
import { loadPriorityQueue } from '../db/priority-source';
import type { DueContact } from './due-notification';

/** Contacts whose due moment is after `from` and at or before `to`, soonest first. */
export async function loadDueContacts(
  from: number,
  to: number,
  database: RapportDatabase = db,
): Promise<DueContact[]> {
  const { entries } = await loadPriorityQueue(to, {}, database);
  const due = entries.filter((entry) => entry.dueAt > from && entry.dueAt <= to);
  const contacts = await database.contacts.bulkGet(due.map((entry) => entry.contactId));
  return due
    .map((entry, index) => ({
      contactId: entry.contactId,
      name: contacts[index]?.name ?? 'A contact',
      dueAt: entry.dueAt,
    }))
    .sort((a, b) => a.dueAt - b.dueAt);
}
