import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { captureProspect, companyDomainOf, undoCapture } from '../../lib/db/capture';
import type { RapportDatabase } from '../../lib/db/database';
import { contactSchema } from '../../lib/db/schema';
import { defaultLadder } from '../../lib/domain/default-ladder';
import { contentSender, makeAccount, makeContact, routerFor, T0 } from './test-data';
import { freshDatabase } from '../db/test-database';
import { gesture } from '../domain/builders';

let db: RapportDatabase;
beforeEach(() => {
  db = freshDatabase();
});
afterEach(async () => {
  await db.delete();
});

async function capture(fields: Record<string, unknown>) {
  return routerFor(db)({ type: 'capture', ...fields }, contentSender());
}

async function capturedContact(fields: Record<string, unknown>) {
  const answer = await capture(fields);
  if (!answer.ok) throw new Error(answer.error.message);
  const { contactId } = answer.data as { contactId: string };
  return (await db.contacts.get(contactId))!;
}

describe('capture', () => {
  it('adds a person from a LinkedIn profile as a Prospect, text kept literally', async () => {
    const contact = await capturedContact({
      identity: { kind: 'linkedin', value: 'https://www.linkedin.com/in/Ann-Lee/' },
      name: '  <b>Ann</b> Lee ',
      headline: 'Head of Procurement',
    });
    expect(contactSchema.safeParse(contact).success).toBe(true);
    expect(contact).toMatchObject({
      name: '<b>Ann</b> Lee',
      headline: 'Head of Procurement',
      linkedinSlugs: ['ann-lee'],
      emails: [],
      accountId: null,
      levelId: 'prospect',
      createdAt: T0,
      updatedAt: T0,
    });
  });

  it('starts people on the lowest level of the user’s ladder', async () => {
    const ladder = structuredClone(defaultLadder);
    ladder.levels[0] = { ...ladder.levels[0]!, id: 'lead', name: 'Lead' };
    await db.settings.put({ key: 'ladder', value: ladder });
    const contact = await capturedContact({ identity: { kind: 'email', value: 'x@gmail.com' }, name: 'X' });
    expect(contact.levelId).toBe('lead');
    // No headline given: no `headline: undefined` key stored either.
    expect(Object.hasOwn(contact, 'headline')).toBe(false);
  });

  it('places an email address in the account that owns its domain', async () => {
    await db.accounts.add(makeAccount({ id: 'acme', name: 'Acme', domains: ['acme.com'] }));
    const contact = await capturedContact({
      identity: { kind: 'email', value: 'Bob@ACME.com' },
      name: 'Bob',
    });
    expect(contact).toMatchObject({ emails: ['bob@acme.com'], accountId: 'acme' });
    expect(await db.accounts.count()).toBe(1);
  });

  it('finds the account by company name, ignoring case', async () => {
    await db.accounts.add(makeAccount({ id: 'acme', name: 'Acme Corp' }));
    const contact = await capturedContact({
      identity: { kind: 'linkedin', value: 'bob' },
      name: 'Bob',
      company: 'ACME corp',
    });
    expect(contact.accountId).toBe('acme');
    expect(await db.accounts.count()).toBe(1);
  });

  it('creates the account from the company name and the email’s domain', async () => {
    const contact = await capturedContact({
      identity: { kind: 'email', value: 'cy@initech.io' },
      name: 'Cy',
      company: 'Initech',
    });
    const account = await db.accounts.get(contact.accountId!);
    expect(account).toMatchObject({ name: 'Initech', domains: ['initech.io'], revenue: 0, potential: 0 });
  });

  it('creates an account named after the domain when no company is given', async () => {
    const contact = await capturedContact({
      identity: { kind: 'email', value: 'dee@globex.com' },
      name: 'Dee',
    });
    expect(await db.accounts.get(contact.accountId!)).toMatchObject({
      name: 'globex.com',
      domains: ['globex.com'],
    });
  });

  it('never makes an account out of a mailbox provider', async () => {
    const contact = await capturedContact({
      identity: { kind: 'email', value: 'eve@gmail.com' },
      name: 'Eve',
    });
    expect(contact.accountId).toBeNull();
    const withCompany = await capturedContact({
      identity: { kind: 'email', value: 'fay@outlook.com' },
      name: 'Fay',
      company: 'Hooli',
    });
    expect(await db.accounts.get(withCompany.accountId!)).toMatchObject({ name: 'Hooli', domains: [] });
  });

  it('returns the existing contact, unchanged, when the person is already known', async () => {
    const ann = makeContact({ id: 'ann', name: 'Ann', emails: ['ann@acme.com'] });
    await db.contacts.add(ann);
    const answer = await capture({
      identity: { kind: 'email', value: 'ANN@acme.com' },
      name: 'Someone Else',
      company: 'X',
    });
    expect(answer).toEqual({ ok: true, data: { contactId: 'ann', created: false } });
    expect(await db.contacts.toArray()).toEqual([ann]);
    expect(await db.accounts.count()).toBe(0);
  });

  it.each([
    [{ identity: { kind: 'linkedin', value: 'https://example.com/x' }, name: 'A' }],
    [{ identity: { kind: 'email', value: 'nope' }, name: 'A' }],
    [{ identity: { kind: 'email', value: 'a@b.co' }, name: '   ' }],
    [{ identity: { kind: 'email', value: 'a@b.co' }, name: 'A'.repeat(201) }],
    [{ identity: { kind: 'email', value: 'a@b.co' }, name: 'A', headline: 'h'.repeat(401) }],
    [{ identity: { kind: 'email', value: 'a@b.co' }, name: 'A', company: '' }],
    [{ identity: { kind: 'email', value: 'a@b.co' }, name: 'A', levelId: 'advocate' }],
  ])('refuses %j and writes nothing', async (fields) => {
    expect(await capture(fields)).toMatchObject({ ok: false, error: { code: 'invalid-message' } });
    expect(await db.contacts.count()).toBe(0);
    expect(await db.accounts.count()).toBe(0);
  });

  it('writes the contact and its new account together or not at all', async () => {
    // A name the record schema refuses makes the transaction fail after the account was added.
    await expect(
      captureProspect({ identity: { kind: 'email', value: 'g@umbrella.com' }, name: ' ' }, T0, db),
    ).rejects.toThrow();
    expect(await db.accounts.count()).toBe(0);
  });
});

describe('undoing a capture', () => {
  it('takes back the contact and the account made for them, and nothing else', async () => {
    const acme = makeAccount({ id: 'acme', name: 'Acme', domains: ['acme.com'] });
    await db.accounts.add(acme);
    const before = { contacts: await db.contacts.toArray(), accounts: await db.accounts.toArray() };

    const intoNew = await captureProspect(
      { identity: { kind: 'email', value: 'gus@umbrella.com' }, name: 'Gus', company: 'Umbrella' },
      T0,
      db,
    );
    const intoAcme = await captureProspect(
      { identity: { kind: 'email', value: 'ann@acme.com' }, name: 'Ann' },
      T0,
      db,
    );
    expect(intoNew.createdAccountId).not.toBeNull();
    expect(intoAcme.createdAccountId).toBeNull();
    // Logged since: taken back with them.
    await db.gestures.add(gesture(intoNew.contactId, 'thanks', T0));

    await undoCapture(intoNew, db);
    await undoCapture(intoAcme, db);
    expect({ contacts: await db.contacts.toArray(), accounts: await db.accounts.toArray() }).toEqual(before);
    expect(await db.gestures.count()).toBe(0);
  });

  it('keeps the account made for them once someone else is there too, and undoes nothing for someone already known', async () => {
    const gus = await captureProspect(
      { identity: { kind: 'email', value: 'gus@umbrella.com' }, name: 'Gus', company: 'Umbrella' },
      T0,
      db,
    );
    await captureProspect({ identity: { kind: 'email', value: 'ida@umbrella.com' }, name: 'Ida' }, T0, db);
    await undoCapture(gus, db);
    expect((await db.contacts.toArray()).map((contact) => contact.name)).toEqual(['Ida']);
    expect(await db.accounts.get(gus.createdAccountId!)).toMatchObject({ name: 'Umbrella' });

    const again = await captureProspect(
      { identity: { kind: 'email', value: 'ida@umbrella.com' }, name: 'Ida' },
      T0,
      db,
    );
    expect(again.created).toBe(false);
    await undoCapture(again, db);
    expect(await db.contacts.count()).toBe(1);
  });
});

describe('companyDomainOf', () => {
  it.each([
    ['ann@acme.com', 'acme.com'],
    ['ann@mail.acme.co.uk', 'mail.acme.co.uk'],
    ['ann@gmail.com', null],
    ['ann@xn--bcher-kva.example', 'xn--bcher-kva.example'],
    ['ann@bücher.example', null],
  ])('%s → %s', (email, domain) => {
    expect(companyDomainOf({ kind: 'email', value: email })).toBe(domain);
  });

  it('is null for LinkedIn identities', () => {
    expect(companyDomainOf({ kind: 'linkedin', value: 'acme.com' })).toBeNull();
  });
});
