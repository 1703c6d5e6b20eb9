import { describe, expect, it } from 'vitest';
import {
  deleteContacts,
  restoreContacts,
  setContactsLevel,
  undoBulkContactChange,
} from '../../lib/db/bulk-contact-actions';
import { editContact, undoContactEdit } from '../../lib/db/contact-edits';
import { createContact } from '../../lib/db/contacts';
import type { RapportDatabase } from '../../lib/db/database';
import { deleteRecord, restoreDeleted } from '../../lib/db/deletion';
import { saveLadder, undoLadderChange } from '../../lib/db/ladder-change';
import { putRecords } from '../../lib/db/records';
import type { Contact, LevelChange } from '../../lib/db/schema';
import { getSetting, ladderSetting } from '../../lib/db/settings';
import { readBackupFile } from '../../lib/io/backup-read';
import { restoreBackup } from '../../lib/io/backup-restore';
import { fileWith, validBackupJson } from '../io/backup-file';
import { recordsV3 } from './fixtures/records-v3';
import { freshDatabase, readEverything } from './test-database';

const T = Date.UTC(2025, 5, 16, 12);
const MINUTE = 60_000;

async function withPeople(database: RapportDatabase = freshDatabase()) {
  const ada = await createContact({ name: 'Ada', levelId: 'prospect' }, T, database);
  const ben = await createContact({ name: 'Ben', levelId: 'client' }, T, database);
  const cy = await createContact({ name: 'Cy', levelId: 'prospect' }, T, database);
  return { database, ada, ben, cy };
}

/** The stored changes, by time, then by who and from where (ids are random). */
const history = async (database: RapportDatabase) =>
  (await database.levelChanges.toArray())
    .map(({ contactId, fromLevelId, toLevelId, at }) => ({ contactId, fromLevelId, toLevelId, at }))
    .sort(
      (a, b) =>
        a.at - b.at || `${a.contactId}${a.fromLevelId}`.localeCompare(`${b.contactId}${b.fromLevelId}`),
    );

/** What a bulk action does (bulk-contact-actions.ts): validated puts of many contacts, stamped `now`. */
const putLevels = (database: RapportDatabase, contacts: Contact[], levelId: string, now: number) =>
  putRecords({ contacts: contacts.map((contact) => ({ ...contact, levelId, updatedAt: now })) }, database);

describe('the level history', () => {
  it('records nothing for a new contact, nor for an edit that keeps the level', async () => {
    const { database, ada } = await withPeople();
    await editContact(ada.id, { tags: ['vip'] }, T + MINUTE, database);
    await editContact(ada.id, { levelId: 'prospect' }, T + 2 * MINUTE, database);
    expect(await history(database)).toEqual([]);
  });

  it('records a change of level made in the level editor, at the time of the edit', async () => {
    const { database, ada } = await withPeople();
    await editContact(ada.id, { levelId: 'client' }, T + MINUTE, database);
    await editContact(ada.id, { levelId: 'customer' }, T + 2 * MINUTE, database);
    expect(await history(database)).toEqual([
      { contactId: ada.id, fromLevelId: 'prospect', toLevelId: 'client', at: T + MINUTE },
      { contactId: ada.id, fromLevelId: 'client', toLevelId: 'customer', at: T + 2 * MINUTE },
    ]);
    const change = await database.levelChanges.orderBy('at').first();
    expect(change).toMatchObject({ createdAt: T + MINUTE, updatedAt: T + MINUTE });
    expect(change!.id).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('is undone with the edit: no trace of it, and earlier history kept', async () => {
    const { database, ada } = await withPeople();
    await editContact(ada.id, { levelId: 'client' }, T + MINUTE, database);
    const edit = await editContact(ada.id, { levelId: 'advocate' }, T + 2 * MINUTE, database);
    await undoContactEdit(edit, database);
    expect((await database.contacts.get(ada.id))?.levelId).toBe('client');
    expect(await history(database)).toEqual([
      { contactId: ada.id, fromLevelId: 'prospect', toLevelId: 'client', at: T + MINUTE },
    ]);
  });

  it('records each contact a bulk change moves, and its undo removes exactly those', async () => {
    const { database, ada, ben, cy } = await withPeople();
    await editContact(cy.id, { levelId: 'customer' }, T + MINUTE, database);
    const before = [ada, ben, (await database.contacts.get(cy.id))!];
    const beforeAll = await readEverything(database);

    // Ben is on client already: a bulk action leaves him out, like setContactsLevel does.
    await putLevels(database, [ada, before[2]!], 'client', T + 5 * MINUTE);
    const changes = await history(database);
    expect(changes).toHaveLength(3);
    expect(changes).toEqual(
      expect.arrayContaining([
        { contactId: cy.id, fromLevelId: 'prospect', toLevelId: 'customer', at: T + MINUTE },
        { contactId: ada.id, fromLevelId: 'prospect', toLevelId: 'client', at: T + 5 * MINUTE },
        { contactId: cy.id, fromLevelId: 'customer', toLevelId: 'client', at: T + 5 * MINUTE },
      ]),
    );

    // Undo: the contacts as they were (older updatedAt) go back.
    await putRecords({ contacts: [ada, before[2]!] }, database);
    expect(await readEverything(database)).toEqual(beforeAll);
  });

  it('follows the bulk actions: a level set on many, its undo, and a bulk delete with its undo', async () => {
    const { database, ada, ben, cy } = await withPeople();
    const before = await readEverything(database);
    const change = await setContactsLevel([ada.id, ben.id, cy.id], 'client', T + MINUTE, database);
    expect((await history(database)).map((c) => c.contactId).sort()).toEqual([ada.id, cy.id].sort());
    await undoBulkContactChange(change, database);
    expect(await readEverything(database)).toEqual(before);

    await setContactsLevel([ada.id], 'supporter', T + 2 * MINUTE, database);
    const withHistory = await readEverything(database);
    const deletion = await deleteContacts([ada.id, ben.id], database);
    expect(await history(database)).toEqual([]);
    await restoreContacts(deletion, database);
    expect(await readEverything(database)).toEqual(withHistory);
  });

  it('records a move off a removed level, and the ladder undo removes it', async () => {
    const { database, ada, ben } = await withPeople();
    const ladder = await getSetting(ladderSetting, database);
    const next = { levels: ladder.levels.filter((level) => level.id !== 'prospect') };
    const before = await readEverything(database);

    const undo = await saveLadder(next, { prospect: 'customer' }, T + MINUTE, database);
    const changes = await history(database);
    expect(changes).toHaveLength(2);
    expect(changes).toEqual(
      expect.arrayContaining([
        { contactId: ada.id, fromLevelId: 'prospect', toLevelId: 'customer', at: T + MINUTE },
      ]),
    );
    expect(changes.some((change) => change.contactId === ben.id)).toBe(false);

    await undoLadderChange(undo, T + 2 * MINUTE, database);
    const after = await readEverything(database);
    expect(after.contacts).toEqual(before.contacts);
    expect(after.levelChanges).toEqual([]);
  });

  it('records writes made straight through Dexie, in a transaction that names only the contacts', async () => {
    const { database, ada, ben } = await withPeople();
    await database.transaction('rw', database.contacts, async () => {
      await database.contacts.update(ada.id, { levelId: 'advocate', updatedAt: T + MINUTE });
      await database.contacts
        .where('id')
        .equals(ben.id)
        .modify({ levelId: 'prospect', updatedAt: T + 2 * MINUTE });
    });
    expect(await history(database)).toEqual([
      { contactId: ada.id, fromLevelId: 'prospect', toLevelId: 'advocate', at: T + MINUTE },
      { contactId: ben.id, fromLevelId: 'client', toLevelId: 'prospect', at: T + 2 * MINUTE },
    ]);
  });

  it('is rolled back with a transaction that fails', async () => {
    const { database, ada } = await withPeople();
    await expect(
      database.transaction('rw', database.contacts, async () => {
        await database.contacts.put({ ...ada, levelId: 'client', updatedAt: T + MINUTE });
        throw new Error('something else failed');
      }),
    ).rejects.toThrow('something else failed');
    expect(await history(database)).toEqual([]);
    expect((await database.contacts.get(ada.id))?.levelId).toBe('prospect');
  });

  it('goes with a deleted contact, and comes back exactly with the undo', async () => {
    const { database, ada, ben } = await withPeople();
    await editContact(ada.id, { levelId: 'client' }, T + MINUTE, database);
    await editContact(ben.id, { levelId: 'supporter' }, T + MINUTE, database);
    const before = await readEverything(database);

    const snapshot = await deleteRecord('contacts', ada.id, database);
    expect((await history(database)).map((change) => change.contactId)).toEqual([ben.id]);
    expect(snapshot?.before.levelChanges).toHaveLength(1);

    await restoreDeleted(snapshot!, database);
    expect(await readEverything(database)).toEqual(before);
  });

  it('is not added to by restoring a backup, nor by undoing the restore', async () => {
    const { database, ada } = await withPeople();
    await editContact(ada.id, { levelId: 'client' }, T + MINUTE, database);
    const before = await readEverything(database);

    const backup = await readBackupFile(fileWith(validBackupJson()));
    const { previous } = await restoreBackup(backup, { database });
    expect(await database.levelChanges.toArray()).toEqual(recordsV3.levelChanges as LevelChange[]);

    await restoreBackup(previous, { database });
    expect(await readEverything(database)).toEqual(before);
  });
});
