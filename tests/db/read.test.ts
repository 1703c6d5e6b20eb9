import { describe, expect, it, vi } from 'vitest';
import type { RapportDatabase } from '../../lib/db/database';
import { listContactsOfAccount } from '../../lib/db/contacts';
import { listCorruptRecords } from '../../lib/db/corrupt-records';
import { deleteRecord } from '../../lib/db/deletion';
import { countStoredRecords, getRecord, listRecords } from '../../lib/db/read';
import { updateRecord } from '../../lib/db/records';
import { recordsV1 } from './fixtures/records-v1';
import { freshDatabase, seedDatabase } from './test-database';

const ben = recordsV1.contacts[1]!;
/** Stores a row as given, bypassing validation: how a damaged record gets into a real database. */
const storeRaw = (database: RapportDatabase, row: object) => database.table('contacts').put(row);

async function withDamagedContact() {
  const database = freshDatabase();
  await seedDatabase(database, { accounts: recordsV1.accounts, contacts: recordsV1.contacts });
  await storeRaw(database, { ...ben, id: 'con-bad', accountId: 'acc-acme', emails: ['NOT AN EMAIL'] });
  return database;
}

describe('reading damaged records', () => {
  it('skips them, warns with table and id, and collects them for the page to show', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const database = await withDamagedContact();

    expect((await listRecords('contacts', database)).map((c) => c.id)).toEqual(['con-ada', 'con-ben']);
    expect((await listContactsOfAccount('acc-acme', database)).map((c) => c.id)).toEqual(['con-ada']);
    expect(await getRecord('contacts', 'con-bad', database)).toBeUndefined();

    expect(listCorruptRecords(database)).toEqual([
      { table: 'contacts', id: 'con-bad', problem: expect.stringContaining('emails[0]') },
    ]);
    expect(warn).toHaveBeenCalledTimes(1);
    expect(warn.mock.calls[0]?.[0]).toMatch(/contacts.*con-bad/);
  });

  it('forgets a damaged record once it is rewritten or deleted', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    const database = await withDamagedContact();
    await listRecords('contacts', database);
    await updateRecord('contacts', 'con-bad', { emails: [] }, 1, database);
    expect(listCorruptRecords(database)).toEqual([]);

    await storeRaw(database, { ...ben, id: 'con-worse', name: '' });
    await listRecords('contacts', database);
    expect(listCorruptRecords(database).map((r) => r.id)).toEqual(['con-worse']);
    await deleteRecord('contacts', 'con-worse', database);
    expect(listCorruptRecords(database)).toEqual([]);
  });

  it('keeps each database’s damaged records apart', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    const damaged = await withDamagedContact();
    const clean = freshDatabase();
    await listRecords('contacts', damaged);
    await listRecords('contacts', clean);
    expect(listCorruptRecords(clean)).toEqual([]);
  });
});

describe('counting stored records', () => {
  it('counts every row of every table, damaged ones too', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    const database = await withDamagedContact();
    expect(await countStoredRecords(database)).toBe(
      recordsV1.accounts.length + recordsV1.contacts.length + 1,
    );
    expect(await countStoredRecords(freshDatabase())).toBe(0);
  });

  it('leaves out the derived tables, which are no records of the user’s', async () => {
    const database = freshDatabase();
    await seedDatabase(database, {
      accounts: recordsV1.accounts,
      contacts: recordsV1.contacts,
      gestures: recordsV1.gestures,
    });
    expect(await database.table('latestGives').count()).toBeGreaterThan(0);
    expect(await countStoredRecords(database)).toBe(
      recordsV1.accounts.length + recordsV1.contacts.length + recordsV1.gestures.length,
    );
  });
});
