/**
 * Some contacts' own rows, read by key or through their `contactId` index:
 * what a value made from every contact (the queue's stored inputs, the
 * dashboard's contacts table) reads again of the contacts a write touched.
 */
import { compareText } from '../domain/compare-text';
import type { RapportDatabase } from './database';
import { keepValid } from './read';
import type { Contact, FollowUp } from './schema';

/** The contacts that pass their schema, by id. */
export async function contactsOf(
  database: RapportDatabase,
  contactIds: readonly string[],
): Promise<Map<string, Contact>> {
  const rows = (await database.contacts.bulkGet([...contactIds])).filter((row) => row !== undefined);
  return new Map(keepValid(database, 'contacts', rows).map((contact) => [contact.id, contact]));
}

/** Each contact's open follow-ups, in id order as a read of the whole table gives them. */
export async function openFollowUpsOf(
  database: RapportDatabase,
  contactIds: readonly string[],
): Promise<Map<string, FollowUp[]>> {
  const rows = await database.followUps.where('contactId').anyOf(contactIds).toArray();
  const open = keepValid(database, 'followUps', rows).filter((followUp) => followUp.doneAt === null);
  open.sort((a, b) => compareText(a.id, b.id));
  const byContact = new Map<string, FollowUp[]>();
  for (const followUp of open) {
    const list = byContact.get(followUp.contactId);
    if (list) list.push(followUp);
    else byContact.set(followUp.contactId, [followUp]);
  }
  return byContact;
}
