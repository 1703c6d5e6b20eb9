/** Contacts: the people the user keeps relationships with. */
import { db, type RapportDatabase } from './database';
import { listWhere } from './read';
import { createRecord, type NewRecord } from './records';
import type { Contact } from './schema';

/** A new contact needs a name and a level; every list starts empty and nothing is assumed. */
export type NewContact = Pick<Contact, 'name' | 'levelId'> & Partial<NewRecord<'contacts'>>;

export function createContact(
  fields: NewContact,
  now: number,
  database: RapportDatabase = db,
): Promise<Contact> {
  return createRecord(
    'contacts',
    {
      linkedinSlugs: [],
      emails: [],
      accountId: null,
      roles: [],
      seniority: 'unknown',
      interests: [],
      motivations: [],
      tags: [],
      cadenceDays: null,
      evidenceTicks: [],
      left: false,
      ...fields,
    },
    now,
    database,
  );
}

export function listContactsOfAccount(accountId: string, database: RapportDatabase = db): Promise<Contact[]> {
  return listWhere('contacts', 'accountId', accountId, database);
}
