/** Setting a contact's own cadence, or going back to the default for their level and tier. */
import { db, type RapportDatabase } from './database';
import { getRecord } from './read';
import { putRecords, updateRecord } from './records';
import type { Contact } from './schema';
import { RecordNotFoundError } from './validation';

/**
 * Sets the contact's cadence override (null = the level/tier default).
 * Returns the contact as it was, for undo (undoCadenceChange).
 */
export async function setContactCadence(
  contactId: string,
  days: number | null,
  now: number,
  database: RapportDatabase = db,
): Promise<Contact> {
  return database.transaction('rw', database.tables, async () => {
    const before = await getRecord('contacts', contactId, database);
    if (before === undefined) throw new RecordNotFoundError('contacts', contactId);
    await updateRecord('contacts', contactId, { cadenceDays: days }, now, database);
    return before;
  });
}

/** Puts the contact back exactly as it was before the change. */
export async function undoCadenceChange(before: Contact, database: RapportDatabase = db): Promise<void> {
  await putRecords({ contacts: [before] }, database);
}
