import { describe, expect, it } from 'vitest';
import {
  addContactsTags,
  deleteContacts,
  restoreContacts,
  setContactsCadence,
  setContactsLevel,
  undoBulkContactChange,
} from '../../lib/db/bulk-contact-actions';
import { findDanglingReferences } from '../../lib/db/references';
import { InvalidRecordError } from '../../lib/db/validation';
import { account, contact, day, deal, followUp, gesture, goal, NOW } from '../domain/builders';
import { freshDatabase, readEverything, seedDatabase } from './test-database';

async function setUp() {
  const database = freshDatabase();
  await seedDatabase(database, {
    accounts: [account({ id: 'acme' })],
    contacts: [
      contact({ id: 'ada', levelId: 'customer', tags: ['Golf'] }),
      contact({ id: 'ben', levelId: 'client', cadenceDays: 10 }),
      contact({ id: 'cy', levelId: 'prospect', accountId: null }),
    ],
    deals: [deal({ id: 'deal-ada', accountId: 'acme', contactId: 'ada' })],
    gestures: [
      gesture('ada', 'gift', day(-3), { id: 'g-ada' }),
      gesture('ben', 'article', day(-2), { id: 'g-ben' }),
    ],
    followUps: [followUp('ada', day(2), { id: 'fu-ada' })],
    goals: [goal({ id: 'goal-ada', contactId: 'ada' })],
  });
  return database;
}

const later = NOW + 60_000;

describe('setting the level of many contacts', () => {
  it('changes those not already there, in one go, and undo puts them back exactly', async () => {
    const database = await setUp();
    const before = await readEverything(database);
    const change = await setContactsLevel(['ada', 'ben', 'cy', 'gone'], 'client', NOW, database);
    expect(change.before.map((c) => c.id).sort()).toEqual(['ada', 'cy']);
    const levels = (await database.contacts.toArray()).map((c) => [c.id, c.levelId, c.updatedAt]);
    expect(levels).toEqual([
      ['ada', 'client', NOW],
      ['ben', 'client', day(-400)],
      ['cy', 'client', NOW],
    ]);
    await undoBulkContactChange(change, database);
    expect(await readEverything(database)).toEqual(before);
  });

  it('refuses a level that is not on the ladder and writes nothing', async () => {
    const database = await setUp();
    const before = await readEverything(database);
    await expect(setContactsLevel(['ada'], 'emperor', NOW, database)).rejects.toBeInstanceOf(
      InvalidRecordError,
    );
    expect(await readEverything(database)).toEqual(before);
  });
});

describe('setting the cadence of many contacts', () => {
  it('sets days, goes back to the default, and undoes exactly', async () => {
    const database = await setUp();
    const before = await readEverything(database);
    const set = await setContactsCadence(['ada', 'ben'], 10, NOW, database);
    expect(set.before.map((c) => c.id)).toEqual(['ada']);
    expect((await database.contacts.get('ada'))?.cadenceDays).toBe(10);

    const reset = await setContactsCadence(['ada', 'ben', 'cy'], null, later, database);
    expect(reset.before.map((c) => c.id)).toEqual(['ada', 'ben']);
    expect((await database.contacts.toArray()).map((c) => c.cadenceDays)).toEqual([null, null, null]);

    await undoBulkContactChange(reset, database);
    await undoBulkContactChange(set, database);
    expect(await readEverything(database)).toEqual(before);
  });

  it('refuses a cadence the schema does not allow, writing nothing', async () => {
    const database = await setUp();
    const before = await readEverything(database);
    await expect(setContactsCadence(['ada', 'cy'], 0, NOW, database)).rejects.toBeInstanceOf(
      InvalidRecordError,
    );
    await expect(setContactsCadence(['ada', 'cy'], 2.5, NOW, database)).rejects.toBeInstanceOf(
      InvalidRecordError,
    );
    expect(await readEverything(database)).toEqual(before);
  });
});

describe('adding tags to many contacts', () => {
  it('adds each tag to those who lack it (ignoring case) and undoes exactly', async () => {
    const database = await setUp();
    const before = await readEverything(database);
    const change = await addContactsTags(['ada', 'ben'], 'golf, VIP', NOW, database);
    expect((await database.contacts.get('ada'))?.tags).toEqual(['Golf', 'VIP']);
    expect((await database.contacts.get('ben'))?.tags).toEqual(['golf', 'VIP']);
    expect((await database.contacts.get('cy'))?.tags).toEqual([]);
    expect(change.before.map((c) => c.id)).toEqual(['ada', 'ben']);

    const again = await addContactsTags(['ada'], 'vip', later, database);
    expect(again.before).toEqual([]);

    await undoBulkContactChange(change, database);
    expect(await readEverything(database)).toEqual(before);
  });

  it('refuses an empty or too long tag, writing nothing', async () => {
    const database = await setUp();
    const before = await readEverything(database);
    await expect(addContactsTags(['ada'], ' , ', NOW, database)).rejects.toBeInstanceOf(InvalidRecordError);
    await expect(addContactsTags(['ada'], 'x'.repeat(201), NOW, database)).rejects.toBeInstanceOf(
      InvalidRecordError,
    );
    expect(await readEverything(database)).toEqual(before);
  });

  it('changes nobody when one contact would hold too many tags', async () => {
    const database = await setUp();
    const full = Array.from({ length: 200 }, (_, i) => `tag ${i}`);
    await database.contacts.update('ben', { tags: full });
    const before = await readEverything(database);
    await expect(addContactsTags(['ada', 'ben'], 'new', NOW, database)).rejects.toBeInstanceOf(
      InvalidRecordError,
    );
    expect(await readEverything(database)).toEqual(before);
  });
});

describe('deleting many contacts', () => {
  it('removes them with what depends on them, unlinks their deals, and leaves nothing dangling', async () => {
    const database = await setUp();
    const deletion = await deleteContacts(['ada', 'cy', 'gone'], database);
    expect(deletion.contactIds.sort()).toEqual(['ada', 'cy']);
    expect(await database.contacts.toCollection().primaryKeys()).toEqual(['ben']);
    expect(await database.gestures.toCollection().primaryKeys()).toEqual(['g-ben']);
    expect(await database.followUps.count()).toBe(0);
    expect(await database.goals.count()).toBe(0);
    expect((await database.deals.get('deal-ada'))?.contactId).toBeNull();
    expect(await database.latestGives.toCollection().primaryKeys()).toEqual(['ben']);
    expect(findDanglingReferences(await readEverything(database))).toEqual([]);
  });

  it('is undone exactly, derived tables included', async () => {
    const database = await setUp();
    const before = await readEverything(database);
    const deletion = await deleteContacts(['ada', 'ben', 'cy'], database);
    expect(await database.contacts.count()).toBe(0);
    await restoreContacts(deletion, database);
    expect(await readEverything(database)).toEqual(before);
  });

  it('of nobody still stored changes nothing', async () => {
    const database = await setUp();
    const before = await readEverything(database);
    const deletion = await deleteContacts(['gone'], database);
    expect(deletion).toEqual({ contactIds: [], before: {} });
    expect(await readEverything(database)).toEqual(before);
  });
});
