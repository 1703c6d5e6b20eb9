import { describe, expect, it } from 'vitest';
import {
  addDeal,
  openAccountIssue,
  parseAccountValueForm,
  parseDealForm,
  parseIssueDescription,
  removeAccountIssue,
  removeDeal,
  resolveAccountIssue,
  reopenAccountIssue,
  setAccountValue,
  undoAccountChange,
  undoIssueChange,
} from '../../lib/db/account-edits';
import { loadAccountTiers } from '../../lib/db/account-tiers';
import { defaultEngineSettings } from '../../lib/domain/engine-settings';
import {
  editContact,
  moveContactToNewAccount,
  parseAccountName,
  parseListInput,
  undoContactEdit,
} from '../../lib/db/contact-edits';
import { InvalidRecordError } from '../../lib/db/validation';
import { account, contact, issue, NOW } from '../domain/builders';
import { freshDatabase, readEverything, seedDatabase } from '../db/test-database';

async function seeded() {
  const database = freshDatabase();
  await seedDatabase(database, {
    accounts: [account({ id: 'acme', name: 'Acme' })],
    contacts: [contact({ id: 'c1', name: 'Ana Lima', interests: ['sailing'] })],
    accountIssues: [issue({ id: 'i1', accountId: 'acme' })],
  });
  return database;
}

describe('parsing typed lists', () => {
  it('splits on commas and lines, trims, drops blanks and repeats', () => {
    expect(parseListInput('interests', ' sailing, Jazz\n\njazz ,chess,')).toEqual({
      ok: true,
      items: ['sailing', 'Jazz', 'chess'],
    });
    expect(parseListInput('tags', '')).toEqual({ ok: true, items: [] });
  });

  it('says what is wrong with an item that is too long', () => {
    const result = parseListInput('motivations', `fine, ${'x'.repeat(201)}`);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.message).toMatch(/too long \(at most 200 characters\)/);
  });

  it('refuses a blank account name', () => {
    expect(parseAccountName('  ')).toEqual({ ok: false, message: 'Type the account’s name.' });
    expect(parseAccountName(' Globex ')).toEqual({ ok: true, name: 'Globex' });
  });
});

describe('contact edits', () => {
  it('saves a change and undoes it back to the record as it was', async () => {
    const database = await seeded();
    const before = await database.contacts.get('c1');
    const result = await editContact(
      'c1',
      { interests: ['jazz'], roles: ['influencer'], seniority: 'middle' },
      NOW,
      database,
    );
    expect(await database.contacts.get('c1')).toMatchObject({
      interests: ['jazz'],
      roles: ['influencer'],
      seniority: 'middle',
      updatedAt: NOW,
    });
    await undoContactEdit(result, database);
    expect(await database.contacts.get('c1')).toEqual(before);
  });

  it('refuses a level that is not on the ladder, writing nothing', async () => {
    const database = await seeded();
    const before = await readEverything(database);
    await expect(editContact('c1', { levelId: 'legend' }, NOW, database)).rejects.toThrow(InvalidRecordError);
    expect(await readEverything(database)).toEqual(before);
  });

  it('sets a level on the ladder', async () => {
    const database = await seeded();
    await editContact('c1', { levelId: 'client' }, NOW, database);
    expect((await database.contacts.get('c1'))?.levelId).toBe('client');
  });

  it('refuses an account that does not exist', async () => {
    const database = await seeded();
    await expect(editContact('c1', { accountId: 'nope' }, NOW, database)).rejects.toThrow(
      /no accounts record/,
    );
    expect((await database.contacts.get('c1'))?.accountId).toBe('acme');
  });

  it('moves a contact to a new account, and undo removes the account again', async () => {
    const database = await seeded();
    const before = await readEverything(database);
    const result = await moveContactToNewAccount('c1', '  Globex ', NOW, database);
    const created = await database.accounts.get(result.createdAccountId!);
    expect(created?.name).toBe('Globex');
    expect((await database.contacts.get('c1'))?.accountId).toBe(created?.id);
    await undoContactEdit(result, database);
    expect(await readEverything(database)).toEqual(before);
  });

  it('refuses a new account with another account’s name, letter case aside, and changes nothing', async () => {
    const database = await seeded();
    const before = await readEverything(database);
    const acme = await database.accounts.get('acme');
    await expect(moveContactToNewAccount('c1', acme!.name.toUpperCase(), NOW, database)).rejects.toThrow(
      `Another account is already called “${acme!.name}”.`,
    );
    expect(await readEverything(database)).toEqual(before);
  });

  it('keeps a new account on undo when someone else has been placed there since', async () => {
    const database = await seeded();
    const result = await moveContactToNewAccount('c1', 'Globex', NOW, database);
    await seedDatabase(database, { contacts: [contact({ id: 'c2', accountId: result.createdAccountId! })] });
    await undoContactEdit(result, database);
    expect(await database.accounts.get(result.createdAccountId!)).toBeDefined();
    expect((await database.contacts.get('c1'))?.accountId).toBe('acme');
  });
});

describe('the deal form', () => {
  it('reads an amount with separators, a date and a description', () => {
    const parsed = parseDealForm({ amount: '12,000.50', date: '2025-06-01', description: ' Renewal ' });
    expect(parsed).toEqual({
      ok: true,
      value: { amount: 12000.5, closedAt: new Date(2025, 5, 1).getTime(), description: 'Renewal' },
    });
  });

  it('says what is wrong with each field', () => {
    expect(parseDealForm({ amount: 'lots', date: '', description: 'x'.repeat(401) })).toEqual({
      ok: false,
      errors: {
        amount: 'Type the amount in digits, like 12000 or 12,000.50.',
        date: 'Pick the date the deal closed.',
        description: 'A description is at most 400 characters.',
      },
    });
    expect(parseDealForm({ amount: '-5', date: '2025-06-01', description: '' })).toMatchObject({
      ok: false,
      errors: { amount: 'The amount cannot be negative.' },
    });
  });

  it('reads amounts as people type them, with a currency sign or spaces, and refuses what it would misread', () => {
    const amount = (typed: string) => {
      const parsed = parseDealForm({ amount: typed, date: '2025-06-01', description: '' });
      return parsed.ok ? parsed.value.amount : parsed.errors.amount;
    };
    expect(amount('$12,000')).toBe(12_000);
    expect(amount('12 000.5 EUR')).toBe(12_000.5);
    expect(amount('€ 950')).toBe(950);
    for (const misread of ['12.000,50', '0x10', '1e3', '12,00', '1,2345']) {
      expect(amount(misread)).toBe('Type the amount in digits, like 12000 or 12,000.50.');
    }
    expect(amount('9'.repeat(17))).toBe('That amount is too large.');
  });

  it('refuses a closing day still to come', () => {
    const now = new Date(2026, 11, 7, 10).getTime();
    const form = (date: string) => ({ amount: '100', date, description: '' });
    expect(parseDealForm(form('2026-12-07'), now).ok).toBe(true);
    expect(parseDealForm(form('2026-12-08'), now)).toEqual({
      ok: false,
      errors: { date: 'A deal closed on a day that has come: pick today or earlier.' },
    });
  });
});

describe('account edits', () => {
  it('adds a deal and removes it again', async () => {
    const database = await seeded();
    const deal = await addDeal(
      { accountId: 'acme', contactId: 'c1', amount: 500, closedAt: NOW },
      NOW,
      database,
    );
    expect(await database.deals.get(deal.id)).toMatchObject({ amount: 500, contactId: 'c1' });
    await removeDeal(deal.id, database);
    expect(await database.deals.count()).toBe(0);
  });

  it('sets an account’s value, which moves it in the 80/20 ranking, and undo puts it back', async () => {
    const database = freshDatabase();
    await seedDatabase(database, {
      accounts: [
        account({ id: 'acme', name: 'Acme', revenue: 0 }),
        account({ id: 'big', name: 'Big', revenue: 1_000 }),
        account({ id: 'small', name: 'Small', revenue: 10 }),
      ],
    });
    const before = await readEverything(database);
    const parsed = parseAccountValueForm({ revenue: '$250,000', potential: '' });
    expect(parsed).toEqual({ ok: true, value: { revenue: 250_000, potential: 0 } });
    if (!parsed.ok) return;
    const change = await setAccountValue('acme', parsed.value, NOW + 1, database);
    expect(await database.accounts.get('acme')).toMatchObject({
      revenue: 250_000,
      potential: 0,
      updatedAt: NOW + 1,
    });
    const tiers = await loadAccountTiers(defaultEngineSettings, database);
    expect(tiers.ranking.rows[0]?.accountId).toBe('acme');
    expect(tiers.byId.get('acme')).toBe('top');
    await undoAccountChange(change, database);
    expect(await readEverything(database)).toEqual(before);
  });

  it('refuses a value it would misread, naming the field', () => {
    expect(parseAccountValueForm({ revenue: '1.200,50', potential: '-3' })).toEqual({
      ok: false,
      errors: {
        revenue: 'Type the amount in digits, like 12000 or 12,000.50.',
        potential: 'The amount cannot be negative.',
      },
    });
  });

  it('opens an issue (undo removes it) and resolves and reopens one (undo puts it back)', async () => {
    const database = await seeded();
    const opened = await openAccountIssue(
      { accountId: 'acme', kind: 'delivery', description: 'Late' },
      NOW,
      database,
    );
    expect(await database.accountIssues.get(opened.id)).toMatchObject({ openedAt: NOW, resolvedAt: null });
    await removeAccountIssue(opened.id, database);
    expect(await database.accountIssues.get(opened.id)).toBeUndefined();

    const before = await database.accountIssues.get('i1');
    const resolved = await resolveAccountIssue('i1', NOW, database);
    expect((await database.accountIssues.get('i1'))?.resolvedAt).toBe(NOW);
    await undoIssueChange(resolved, database);
    expect(await database.accountIssues.get('i1')).toEqual(before);

    await resolveAccountIssue('i1', NOW, database);
    await reopenAccountIssue('i1', NOW + 1, database);
    expect((await database.accountIssues.get('i1'))?.resolvedAt).toBeNull();
  });

  it('needs an issue description', () => {
    expect(parseIssueDescription('  ')).toEqual({ ok: false, message: 'Say what the problem is.' });
    expect(parseIssueDescription(' Invoice wrong ')).toEqual({ ok: true, text: 'Invoice wrong' });
  });
});
