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

  it('finds a word inside a name, with its account, after what the indexes find', async () => {
    const database = await seeded();
    await seedDatabase(database, {
      contacts: [
        contact({ id: 'c5', name: 'Mary-Jane Watson', emails: [] }),
        contact({ id: 'c6', name: 'Smithers Lowe', emails: [] }),
      ],
    });
    const hits = await searchContacts('SMITH', {}, database);
    expect(hits.map((h) => [h.name, h.matched])).toEqual([
      ['Smithers Lowe', 'name'],
      ['Bo Smith', 'word'],
    ]);
    expect(hits[1]).toMatchObject({ accountId: 'acorn', accountName: 'Acorn Ltd', levelId: 'prospect' });
    // Each word typed starts a word of the name, in any order; a hyphen parts words.
    expect((await searchContacts('smith bo', {}, database)).map((h) => h.contactId)).toEqual(['c3']);
    expect((await searchContacts('smith l', {}, database)).map((h) => h.contactId)).toEqual(['c6']);
    expect((await searchContacts('smith x', {}, database)).map((h) => h.contactId)).toEqual([]);
    expect((await searchContacts('jane', {}, database)).map((h) => h.contactId)).toEqual(['c5']);
    expect((await searchContacts('ith', {}, database)).map((h) => h.contactId)).toEqual([]);
    await seedDatabase(database, { contacts: [contact({ id: 'c8', name: 'Mary O’Brien', emails: [] })] });
    for (const query of ['obrien', "o'brien", 'brien']) {
      expect((await searchContacts(query, {}, database)).map((h) => h.contactId)).toEqual(['c8']);
    }
  });

  it('leaves words out when the indexes fill the limit, for one letter, and for an address', async () => {
    const database = await seeded();
    expect((await searchContacts('smith', { limit: 0 }, database)).length).toBe(0);
    await seedDatabase(database, { contacts: [contact({ id: 'c7', name: 'Smith Jones', emails: [] })] });
    expect((await searchContacts('smith', { limit: 1 }, database)).map((h) => h.contactId)).toEqual(['c7']);
    expect((await searchContacts('smith', { limit: 2 }, database)).map((h) => h.contactId)).toEqual([
      'c7',
      'c3',
    ]);
    // "b" starts Berg and "bo": one letter is too little to look through every name.
    expect((await searchContacts('b', {}, database)).map((h) => h.contactId)).toEqual(['c3']);
    // "berg@" finds no email; "Anders Berg" is not offered for the address's name part.
    expect(await searchContacts('berg@', {}, database)).toEqual([]);
  });

  it('finds accounts by a word inside their name after those it starts, so none is made twice', async () => {
    const database = await seeded();
    await seedDatabase(database, { accounts: [account({ id: 'tag', name: 'The Acme Group' })] });
    expect(await searchAccounts('acme', {}, database)).toEqual([
      { accountId: 'acme', name: 'Acme Corp' },
      { accountId: 'tag', name: 'The Acme Group' },
    ]);
    expect((await searchAccounts('corp', {}, database)).map((hit) => hit.name)).toEqual(['Acme Corp']);
    expect((await searchAccounts('group acme', {}, database)).map((hit) => hit.name)).toEqual([
      'The Acme Group',
    ]);
    expect(await searchAccounts('acme', { limit: 1 }, database)).toHaveLength(1);
    expect(await searchAccounts('cme', {}, database)).toEqual([]);
  });

  it('finds accounts by the start of their name', async () => {
    const database = await seeded();
    expect(await searchAccounts('ac', {}, database)).toEqual([
      { accountId: 'acme', name: 'Acme Corp' },
      { accountId: 'acorn', name: 'Acorn Ltd' },
    ]);
  });
});
