import { describe, expect, it } from 'vitest';
import { setAccountValue, undoAccountChange } from '../../lib/db/account-edits';
import { renameAccount } from '../../lib/db/account-name';
import { AccountNameError } from '../../lib/db/accounts';
import { accountPortfolioLoader } from '../../lib/db/account-portfolio';
import { bookKeeper } from '../../lib/db/book-records';
import { contactRowsLoader } from '../../lib/db/contact-rows';
import { account, contact, NOW } from '../domain/builders';
import { freshDatabase, readEverything, seedDatabase } from './test-database';

async function seeded() {
  const database = freshDatabase();
  await seedDatabase(database, {
    accounts: [
      account({ id: 'domain', name: 'acme-energy.com', domains: ['acme-energy.com'], revenue: 500 }),
      account({ id: 'globex', name: 'Globex' }),
    ],
    contacts: [contact({ id: 'ann', name: 'Ann Lee', accountId: 'domain' })],
  });
  return database;
}

const nameOf = async (database: Awaited<ReturnType<typeof seeded>>, id: string) =>
  (await database.accounts.get(id))?.name;

describe('renaming an account', () => {
  it('gives it the name typed, trimmed, and undo puts everything back as it was', async () => {
    const database = await seeded();
    const before = await readEverything(database);
    const change = await renameAccount('domain', '  Acme Energy ', NOW + 1, database);
    expect(await database.accounts.get('domain')).toMatchObject({
      name: 'Acme Energy',
      domains: ['acme-energy.com'],
      revenue: 500,
      updatedAt: NOW + 1,
    });
    expect(change?.after.name).toBe('Acme Energy');
    await undoAccountChange(change!, database);
    expect(await readEverything(database)).toEqual(before);
  });

  it('refuses an empty name or one too long, writing nothing', async () => {
    const database = await seeded();
    const before = await readEverything(database);
    await expect(renameAccount('domain', '   ', NOW, database)).rejects.toThrow(
      new AccountNameError('Type the account’s name.'),
    );
    await expect(renameAccount('domain', 'x'.repeat(201), NOW, database)).rejects.toThrow(
      new AccountNameError('An account name is at most 200 characters.'),
    );
    expect(await readEverything(database)).toEqual(before);
  });

  it('refuses another account’s name, letter case aside, saying whose', async () => {
    const database = await seeded();
    const before = await readEverything(database);
    await expect(renameAccount('domain', 'GLOBEX', NOW, database)).rejects.toThrow(
      new AccountNameError('Another account is already called “Globex”.'),
    );
    expect(await readEverything(database)).toEqual(before);
  });

  it('takes its own name back as nothing to do, and a change of letter case as a rename', async () => {
    const database = await seeded();
    const before = await readEverything(database);
    expect(await renameAccount('globex', ' Globex ', NOW, database)).toBeNull();
    expect(await readEverything(database)).toEqual(before);
    const change = await renameAccount('globex', 'GloBex', NOW, database);
    expect(change?.after.name).toBe('GloBex');
    expect(await nameOf(database, 'globex')).toBe('GloBex');
  });

  it('undone after the value was set since, keeps the value', async () => {
    const database = await seeded();
    const change = await renameAccount('domain', 'Acme Energy', NOW + 1, database);
    await setAccountValue('domain', { revenue: 9_000, potential: 1_000 }, NOW + 2, database);
    await undoAccountChange(change!, database);
    expect(await database.accounts.get('domain')).toMatchObject({
      name: 'acme-energy.com',
      revenue: 9_000,
      potential: 1_000,
    });
  });

  it('undone after a later rename, leaves the later name', async () => {
    const database = await seeded();
    const first = await renameAccount('domain', 'Acme Energie', NOW + 1, database);
    await renameAccount('domain', 'Acme Energy', NOW + 2, database);
    const before = await readEverything(database);
    await undoAccountChange(first!, database);
    expect(await readEverything(database)).toEqual(before);
  });

  it('leaves a rename since in place when the value set before it is undone', async () => {
    const database = await seeded();
    const value = await setAccountValue('domain', { revenue: 9_000, potential: 0 }, NOW + 1, database);
    await renameAccount('domain', 'Acme Energy', NOW + 2, database);
    await undoAccountChange(value, database);
    expect(await database.accounts.get('domain')).toMatchObject({ name: 'Acme Energy', revenue: 500 });
  });

  it('refuses to undo once another account has come to be called by the old name', async () => {
    const database = await seeded();
    const change = await renameAccount('domain', 'Acme Energy', NOW + 1, database);
    await renameAccount('globex', 'ACME-energy.com', NOW + 2, database);
    const before = await readEverything(database);
    await expect(undoAccountChange(change!, database)).rejects.toThrow(
      new AccountNameError('Another account is already called “ACME-energy.com”.'),
    );
    expect(await readEverything(database)).toEqual(before);
  });
});

describe('the dashboard’s tables after a rename', () => {
  it('show the new name, though they keep the records they last read', async () => {
    const database = await seeded();
    const book = bookKeeper(database);
    const accounts = accountPortfolioLoader(database, book);
    const contacts = contactRowsLoader(database, book);
    const accountNames = async () => (await accounts.load(NOW)).rows.map((row) => row.name);
    const annAt = async () => (await contacts.load(NOW)).rows.find((row) => row.id === 'ann')?.accountName;
    expect(await accountNames()).toEqual(['acme-energy.com', 'Globex']);
    expect(await annAt()).toBe('acme-energy.com');

    const change = await renameAccount('domain', 'Acme Energy', NOW + 1, database);
    expect(await accountNames()).toEqual(['Acme Energy', 'Globex']);
    expect(await annAt()).toBe('Acme Energy');

    await undoAccountChange(change!, database);
    expect(await annAt()).toBe('acme-energy.com');
    expect(await accountNames()).toEqual(['acme-energy.com', 'Globex']);
  });
});
