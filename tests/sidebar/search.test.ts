import { describe, expect, it } from 'vitest';
import { searchAccounts, searchContacts } from '../../lib/db/search';
import { account, contact } from '../domain/builders';
import { freshDatabase, seedDatabase } from '../db/test-database';

async function seeded() {
  const database = freshDatabase();
  await seedDatabase(database, {
    accounts: [
      account({ id: 'acme', name: 'Acme Corp' }),
      account({ id: 'globex', name: 'Globex' }),
      account({ id: 'acorn', name: 'Acorn Ltd' }),
    ],
    contacts: [
      contact({
        id: 'c1',
        name: 'Ana Lima',
        emails: ['ana@acme.com'],
        linkedinSlugs: ['ana-lima'],
        accountId: 'acme',
      }),
      contact({ id: 'c2', name: 'anders Berg', emails: ['a.berg@globex.com'], accountId: 'globex' }),
      contact({
        id: 'c3',
        name: 'Bo Smith',
        emails: ['bo@acorn.io'],
        linkedinSlugs: ['bo-smith'],
        accountId: 'acorn',
      }),
      contact({
        id: 'c4',
        name: 'Carla Ruiz',
        emails: ['carla@acme.com'],
        accountId: 'acme',
        headline: 'CFO',
      }),
    ],
  });
  return database;
}

describe('contact search', () => {
  it('finds names by their start, ignoring case, in alphabetical order', async () => {
    const database = await seeded();
    const hits = await searchContacts('an', {}, database);
    expect(hits.map((hit) => [hit.name, hit.matched])).toEqual([
      ['Ana Lima', 'name'],
      ['anders Berg', 'name'],
    ]);
    expect(hits[0]).toMatchObject({ accountName: 'Acme Corp', accountId: 'acme', levelId: 'prospect' });
  });

  it('finds by email, by LinkedIn slug and by account name', async () => {
    const database = await seeded();
    expect((await searchContacts('A.BERG@', {}, database)).map((h) => [h.contactId, h.matched])).toEqual([
      ['c2', 'email'],
    ]);
    expect((await searchContacts('bo-sm', {}, database)).map((h) => h.contactId)).toEqual(['c3']);
    const byAccount = await searchContacts('acme c', {}, database);
    expect(byAccount.map((h) => [h.contactId, h.matched]).sort()).toEqual([
      ['c1', 'account'],
      ['c4', 'account'],
    ]);
    expect(byAccount.find((h) => h.contactId === 'c4')).toMatchObject({
      headline: 'CFO',
      accountName: 'Acme Corp',
    });
  });

  it('lists each contact once, under its first match', async () => {
    const database = await seeded();
    // "ac" starts Acme Corp and Acorn Ltd (accounts), no name; "ana" matches Ana by name and by email.
    const hits = await searchContacts('ana', {}, database);
    expect(hits.map((h) => [h.contactId, h.matched])).toEqual([['c1', 'name']]);
  });

  it('stops at the limit and finds nobody for blank input', async () => {
    const database = await seeded();
    expect(await searchContacts('a', { limit: 2 }, database)).toHaveLength(2);
    expect(await searchContacts('   ', {}, database)).toEqual([]);
    expect(await searchContacts('zz', {}, database)).toEqual([]);
  });

  it('finds accounts by the start of their name', async () => {
    const database = await seeded();
    expect(await searchAccounts('ac', {}, database)).toEqual([
      { accountId: 'acme', name: 'Acme Corp' },
      { accountId: 'acorn', name: 'Acorn Ltd' },
    ]);
  });
});
