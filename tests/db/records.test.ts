import { describe, expect, it } from 'vitest';
import { createAccount } from '../../lib/db/accounts';
import { createContact } from '../../lib/db/contacts';
import { createGesture } from '../../lib/db/gestures';
import { createGoal } from '../../lib/db/goals';
import { getRecord } from '../../lib/db/read';
import { updateRecord } from '../../lib/db/records';
import { InvalidRecordError, RecordNotFoundError } from '../../lib/db/validation';
import { freshDatabase } from './test-database';

const now = 1_700_000_000_000;

describe('creating records', () => {
  it('gives a new contact an id, timestamps and empty lists, and stores it', async () => {
    const database = freshDatabase();
    const contact = await createContact({ name: 'Ada Byrne', levelId: 'prospect' }, now, database);
    expect(contact).toMatchObject({
      name: 'Ada Byrne',
      emails: [],
      accountId: null,
      seniority: 'unknown',
      left: false,
      createdAt: now,
      updatedAt: now,
    });
    expect(contact.id).not.toBe('');
    expect(await getRecord('contacts', contact.id, database)).toEqual(contact);
  });

  it('stores the validated form: names are trimmed', async () => {
    const database = freshDatabase();
    const contact = await createContact({ name: '  Ada  ', levelId: 'prospect' }, now, database);
    expect((await database.contacts.get(contact.id))?.name).toBe('Ada');
  });

  it('refuses an invalid record, saying which field is wrong, and stores nothing', async () => {
    const database = freshDatabase();
    const attempt = createContact(
      { name: 'Ada', levelId: 'prospect', emails: ['Ada@Acme.com'] },
      now,
      database,
    );
    await expect(attempt).rejects.toThrow(InvalidRecordError);
    await expect(attempt).rejects.toThrow(/emails\[0\]: an email address is lower case/);
    expect(await database.contacts.count()).toBe(0);
  });

  it('refuses a record that refers to a record that does not exist', async () => {
    const database = freshDatabase();
    await expect(
      createGesture({ contactId: 'nobody', type: 'thanks', at: now }, now, database),
    ).rejects.toThrow('contactId: there is no contacts record with id "nobody"');
    await expect(
      createContact({ name: 'Ada', levelId: 'prospect', accountId: 'gone' }, now, database),
    ).rejects.toThrow(/accountId: there is no accounts record/);
    expect(await database.gestures.count()).toBe(0);
    expect(await database.contacts.count()).toBe(0);
  });

  it('refuses a goal that belongs to nobody', async () => {
    const database = freshDatabase();
    const ownerless = { title: 'Grow', deadline: now, contactId: null, accountId: null } as never;
    await expect(createGoal(ownerless, now, database)).rejects.toThrow(/exactly one contact or one account/);
  });
});

describe('updating records', () => {
  it('changes the fields given, stamps updatedAt and keeps id and createdAt', async () => {
    const database = freshDatabase();
    const account = await createAccount({ name: 'Acme' }, now, database);
    const updated = await updateRecord(
      'accounts',
      account.id,
      { revenue: 5000, id: 'other', createdAt: 1 } as never,
      now + 10,
      database,
    );
    expect(updated).toEqual({ ...account, revenue: 5000, updatedAt: now + 10 });
    expect(await getRecord('accounts', account.id, database)).toEqual(updated);
  });

  it('refuses an update that makes the record invalid and keeps the stored one', async () => {
    const database = freshDatabase();
    const account = await createAccount({ name: 'Acme' }, now, database);
    await expect(updateRecord('accounts', account.id, { revenue: -1 }, now + 10, database)).rejects.toThrow(
      /revenue: Too small/,
    );
    expect(await getRecord('accounts', account.id, database)).toEqual(account);
  });

  it('refuses to point a contact at an account that does not exist', async () => {
    const database = freshDatabase();
    const contact = await createContact({ name: 'Ada', levelId: 'prospect' }, now, database);
    await expect(updateRecord('contacts', contact.id, { accountId: 'gone' }, now, database)).rejects.toThrow(
      InvalidRecordError,
    );
  });

  it('says so when the record does not exist', async () => {
    const database = freshDatabase();
    await expect(updateRecord('notes', 'missing', { text: 'x' }, now, database)).rejects.toThrow(
      RecordNotFoundError,
    );
  });
});
