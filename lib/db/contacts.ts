/** Contacts: the people the user keeps relationships with. */
import { db, type RapportDatabase } from './database';
import { listWhere } from './read';
import { createRecord, type NewRecord } from './records';
import type { Contact } from './schema';

/** A new contact needs a name and a level; every list starts empty and nothing is assumed. */
export type NewContact = Pick<Contact, 'name' | 'levelId'> & Partial<NewRecord<'contacts'>>;

/** What a contact starts with: every list empty, no account, nothing assumed. */
export const newContactDefaults = {
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
} as const satisfies Omit<NewRecord<'contacts'>, 'name' | 'levelId'>;

export function createContact(
  fields: NewContact,
  now: number,
  database: RapportDatabase = db,
): Promise<Contact> {
  return createRecord('contacts', { ...newContactDefaults, ...fields }, now, database);
}

export function listContactsOfAccount(accountId: string, database: RapportDatabase = db): Promise<Contact[]> {
  return listWhere('contacts', 'accountId', accountId, database);
}
