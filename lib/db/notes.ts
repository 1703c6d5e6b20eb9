/** Notes: free text about a contact, an account, or both. */
import { db, type RapportDatabase } from './database';
import { listNewestFirst } from './read';
import { createRecord, type NewRecord } from './records';
import type { Note } from './schema';

export type NewNote = Pick<Note, 'text' | 'at'> & Partial<NewRecord<'notes'>>;

export function createNote(fields: NewNote, now: number, database: RapportDatabase = db): Promise<Note> {
  return createRecord('notes', { contactId: null, accountId: null, ...fields }, now, database);
}

export function listNotesOfContact(contactId: string, database: RapportDatabase = db): Promise<Note[]> {
  return listNewestFirst('notes', 'contactId', contactId, database);
}

export function listNotesOfAccount(accountId: string, database: RapportDatabase = db): Promise<Note[]> {
  return listNewestFirst('notes', 'accountId', accountId, database);
}
