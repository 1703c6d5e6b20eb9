import { describe, expect, it } from 'vitest';
import type { RapportDatabase } from '../../lib/db/database';
import { deleteRecord, restoreDeleted } from '../../lib/db/deletion';
import { findDanglingReferences } from '../../lib/db/references';
import { InvalidRecordError } from '../../lib/db/validation';
import { recordsV1 } from './fixtures/records-v1';
import { freshDatabase, readEverything, seedDatabase } from './test-database';

async function seeded() {
  const database = freshDatabase();
  await seedDatabase(database, recordsV1);
  return database;
}

const idsIn = async (database: RapportDatabase, table: string) =>
  database.table(table).toCollection().primaryKeys();

describe('deleting a contact', () => {
  it('removes their gestures, notes, follow-ups and goals, and unlinks their deals', async () => {
    const database = await seeded();
    const snapshot = await deleteRecord('contacts', 'con-ada', database);

    expect(await idsIn(database, 'contacts')).toEqual(['con-ben']);
    expect(await idsIn(database, 'gestures')).toEqual([]);
    expect(await idsIn(database, 'notes')).toEqual(['note-2']);
    expect(await idsIn(database, 'followUps')).toEqual(['fu-2']);
    expect(await idsIn(database, 'goals')).toEqual(['goal-2']);
    expect(await database.deals.get('deal-1')).toEqual({ ...recordsV1.deals[0], contactId: null });
    expect(await idsIn(database, 'accounts')).toEqual(['acc-acme', 'acc-borealis']);

    expect(snapshot?.before.contacts).toEqual([recordsV1.contacts[0]]);
    expect(snapshot?.before.gestures).toHaveLength(2);
    expect(snapshot?.before.deals).toEqual([recordsV1.deals[0]]);
  });

  it('leaves no record pointing at a deleted one', async () => {
    const database = await seeded();
    await deleteRecord('contacts', 'con-ada', database);
    expect(findDanglingReferences(await readEverything(database))).toEqual([]);
  });

  it('is undone by restoring its snapshot: every record is back as it was', async () => {
    const database = await seeded();
    const before = await readEverything(database);
    const snapshot = await deleteRecord('contacts', 'con-ada', database);
    await restoreDeleted(snapshot!, database);
    expect(await readEverything(database)).toEqual(before);
  });
});

describe('deleting an account', () => {
  it('removes its deals, issues, notes and goals (with their follow-ups) and keeps its people', async () => {
    const database = await seeded();
    const before = await readEverything(database);
    const snapshot = await deleteRecord('accounts', 'acc-acme', database);

    expect(await idsIn(database, 'deals')).toEqual([]);
    expect(await idsIn(database, 'accountIssues')).toEqual([]);
    expect(await idsIn(database, 'notes')).toEqual(['note-2']);
    expect(await database.contacts.get('con-ada')).toEqual({ ...recordsV1.contacts[0], accountId: null });
    expect(findDanglingReferences(await readEverything(database))).toEqual([]);

    await restoreDeleted(snapshot!, database);
    expect(await readEverything(database)).toEqual(before);
  });
});

describe('deleting a goal', () => {
  it('removes the follow-ups made from its steps', async () => {
    const database = await seeded();
    await deleteRecord('goals', 'goal-1', database);
    expect(await idsIn(database, 'followUps')).toEqual(['fu-2']);
  });
});

describe('deleting a gesture or a note', () => {
  it('removes just that record, and undo puts it back', async () => {
    const database = await seeded();
    const before = await readEverything(database);
    const gesture = await deleteRecord('gestures', 'ges-1', database);
    const note = await deleteRecord('notes', 'note-1', database);
    expect(gesture?.before).toEqual({ gestures: [recordsV1.gestures[0]] });
    expect(note?.before).toEqual({ notes: [recordsV1.notes[0]] });
    expect(await idsIn(database, 'gestures')).toEqual(['ges-2']);

    await restoreDeleted(gesture!, database);
    await restoreDeleted(note!, database);
    expect(await readEverything(database)).toEqual(before);
  });
});

describe('deleting edge cases', () => {
  it('returns null for a record that is not there', async () => {
    const database = await seeded();
    expect(await deleteRecord('contacts', 'nobody', database)).toBeNull();
  });

  it('refuses to restore a contact whose account has been deleted since, and writes nothing', async () => {
    const database = await seeded();
    const contact = await deleteRecord('contacts', 'con-ada', database);
    await deleteRecord('accounts', 'acc-acme', database);
    await expect(restoreDeleted(contact!, database)).rejects.toThrow(InvalidRecordError);
    expect(await idsIn(database, 'contacts')).toEqual(['con-ben']);
    expect(await idsIn(database, 'gestures')).toEqual([]);
  });
});
