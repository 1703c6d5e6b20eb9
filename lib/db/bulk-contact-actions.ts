/**
 * Changing many contacts at once from the dashboard's contacts table: set
 * their level, set their cadence (or put it back to the default), add tags,
 * delete them. Each action is one transaction, validated like every write
 * (validForWrite, then putRecords, which also checks references), so either
 * every contact changes or none does; each returns what its undo needs.
 *
 * Contacts named but no longer stored (deleted meanwhile, in another tab)
 * are skipped; contacts the action would not change (already at that level,
 * already tagged) are not written, so their `updatedAt` stays as it was and
 * undo has nothing to put back for them.
 */
import { db, type RapportDatabase } from './database';
import { parseListInput } from './contact-edits';
import { deleteWithDependents } from './deletion';
import { putRecords } from './records';
import type { Contact } from './schema';
import { getSetting, ladderSetting } from './settings';
import { recordTableNames, type SomeTables } from './tables';
import { InvalidRecordError, validForWrite } from './validation';

export interface BulkContactChange {
  /** The contacts this action changed, as they were before: undo puts them back. */
  before: Contact[];
}

export interface BulkContactDeletion {
  /** The contacts deleted. */
  contactIds: string[];
  /** Every record deleted or unlinked, as it was before (deletion.ts's DeletionSnapshot, for many roots). */
  before: SomeTables;
}

/** Applies `change` to each stored contact of `contactIds` that it changes, in one transaction. */
async function changeContacts(
  contactIds: readonly string[],
  change: (contact: Contact) => Partial<Contact> | null,
  now: number,
  database: RapportDatabase,
  check?: () => Promise<void>,
): Promise<BulkContactChange> {
  // Every table: the check reads the settings, and the writes cascade into the derived and history tables.
  return database.transaction('rw', database.tables, async () => {
    await check?.();
    const stored = await database.contacts.bulkGet([...new Set(contactIds)]);
    const before: Contact[] = [];
    const after: Contact[] = [];
    for (const contact of stored) {
      if (contact === undefined) continue;
      const patch = change(contact);
      if (patch === null) continue;
      before.push(contact);
      after.push(
        validForWrite('contacts', {
          ...contact,
          ...patch,
          id: contact.id,
          createdAt: contact.createdAt,
          updatedAt: now,
        }),
      );
    }
    if (after.length > 0) await putRecords({ contacts: after }, database);
    return { before };
  });
}

/** Puts every level on the ladder; throws InvalidRecordError (nothing written) for a level not on it. */
export async function setContactsLevel(
  contactIds: readonly string[],
  levelId: string,
  now: number,
  database: RapportDatabase = db,
): Promise<BulkContactChange> {
  return changeContacts(
    contactIds,
    (contact) => (contact.levelId === levelId ? null : { levelId }),
    now,
    database,
    async () => {
      const ladder = await getSetting(ladderSetting, database);
      if (!ladder.levels.some((level) => level.id === levelId)) {
        throw new InvalidRecordError('contacts', [`levelId: there is no level ${JSON.stringify(levelId)}`]);
      }
    },
  );
}

/** Sets each contact's own cadence in days, or back to the level/tier default with null. */
export async function setContactsCadence(
  contactIds: readonly string[],
  days: number | null,
  now: number,
  database: RapportDatabase = db,
): Promise<BulkContactChange> {
  return changeContacts(
    contactIds,
    (contact) => (contact.cadenceDays === days ? null : { cadenceDays: days }),
    now,
    database,
  );
}

/**
 * Adds the tags typed (one or more, separated by commas) to each contact
 * that lacks them (compared ignoring case). Throws InvalidRecordError
 * (nothing written) for text that is not a tag list or a contact that would
 * hold too many tags.
 */
export async function addContactsTags(
  contactIds: readonly string[],
  text: string,
  now: number,
  database: RapportDatabase = db,
): Promise<BulkContactChange> {
  const parsed = parseListInput('tags', text);
  if (!parsed.ok) throw new InvalidRecordError('contacts', [`tags: ${parsed.message}`]);
  if (parsed.items.length === 0) throw new InvalidRecordError('contacts', ['tags: type a tag to add']);
  return changeContacts(
    contactIds,
    (contact) => {
      const held = new Set(contact.tags.map((tag) => tag.toLowerCase()));
      const added = parsed.items.filter((tag) => !held.has(tag.toLowerCase()));
      return added.length === 0 ? null : { tags: [...contact.tags, ...added] };
    },
    now,
    database,
  );
}

/** Puts the contacts a bulk change touched back exactly as they were. */
export async function undoBulkContactChange(
  change: BulkContactChange,
  database: RapportDatabase = db,
): Promise<void> {
  if (change.before.length > 0) await putRecords({ contacts: change.before }, database);
}

/**
 * Deletes the contacts and everything that depends on them, as deletion.ts
 * does for one record (references.ts: their gestures, notes, follow-ups,
 * goals and level history go, their deals are unlinked), all of them in one
 * transaction.
 */
export async function deleteContacts(
  contactIds: readonly string[],
  database: RapportDatabase = db,
): Promise<BulkContactDeletion> {
  return database.transaction('rw', recordTableNames, async () => {
    const roots = (await database.contacts.bulkGet([...new Set(contactIds)])).filter(
      (contact) => contact !== undefined,
    );
    return {
      contactIds: roots.map((root) => root.id),
      before: await deleteWithDependents('contacts', roots, database),
    };
  });
}

/** Undoes a bulk deletion: every record in it is put back as it was. */
export async function restoreContacts(
  deletion: BulkContactDeletion,
  database: RapportDatabase = db,
): Promise<void> {
  await putRecords(deletion.before, database);
}
