/**
 * Adding a person seen on a page as a Prospect, in one transaction: the
 * person is placed in an account found by their email's domain or by the
 * company name, or in a new account made from them.
 */
import type { Identity } from '../domain/identity';
import { accountsNamed, createAccount, findAccountsByDomain } from './accounts';
import { createContact } from './contacts';
import { db, type RapportDatabase } from './database';
import { deleteRecord } from './deletion';
import { findContactsByIdentities } from './lookup';
import { accountSchema } from './schema';
import { getSetting, ladderSetting } from './settings';
import { recordTableNames } from './tables';

export interface ProspectCapture {
  identity: Identity;
  name: string;
  headline?: string;
  company?: string;
}

export interface CaptureResult {
  contactId: string;
  /** False when the identity already belonged to a contact, which is left unchanged. */
  created: boolean;
}

/** What a capture added, for its undo: the account too when it made one for the person. */
export interface Capture extends CaptureResult {
  createdAccountId: string | null;
}

/**
 * Mailbox providers: an address at one of these says nothing about the
 * person's company, so its domain never places them in (or names) an account.
 */
const PERSONAL_EMAIL_DOMAINS: ReadonlySet<string> = new Set([
  'gmail.com',
  'googlemail.com',
  'outlook.com',
  'hotmail.com',
  'live.com',
  'msn.com',
  'yahoo.com',
  'ymail.com',
  'icloud.com',
  'me.com',
  'mac.com',
  'aol.com',
  'proton.me',
  'protonmail.com',
  'gmx.com',
  'gmx.de',
  'gmx.net',
  'web.de',
  'mail.com',
  'yandex.com',
  'yandex.ru',
  'mail.ru',
  'zoho.com',
  'fastmail.com',
]);

/** The email's domain when it can identify a company account, else null. */
export function companyDomainOf(identity: Identity): string | null {
  if (identity.kind !== 'email') return null;
  const domain = identity.value.slice(identity.value.lastIndexOf('@') + 1);
  if (PERSONAL_EMAIL_DOMAINS.has(domain)) return null;
  return accountSchema.shape.domains.element.safeParse(domain).success ? domain : null;
}

/** The account the person belongs to, and whether it was made for them now. */
async function findOrCreateAccount(
  domain: string | null,
  company: string | undefined,
  now: number,
  database: RapportDatabase,
): Promise<{ accountId: string | null; created: boolean }> {
  const byDomain = domain === null ? undefined : (await findAccountsByDomain(domain, database))[0]?.id;
  if (byDomain !== undefined) return { accountId: byDomain, created: false };
  const byName = company === undefined ? undefined : (await accountsNamed(company, database))[0]?.id;
  if (byName !== undefined) return { accountId: byName, created: false };
  const name = company ?? domain;
  if (name === null) return { accountId: null, created: false };
  const account = await createAccount({ name, domains: domain === null ? [] : [domain] }, now, database);
  return { accountId: account.id, created: true };
}

export async function captureProspect(
  capture: ProspectCapture,
  now: number,
  database: RapportDatabase = db,
): Promise<Capture> {
  // Every table: the record writes below check references across tables in their own nested transactions.
  return database.transaction('rw', database.tables, async () => {
    const existing = (await findContactsByIdentities([capture.identity], database)).values().next().value;
    if (existing) return { contactId: existing.id, created: false, createdAccountId: null };
    const ladder = await getSetting(ladderSetting, database);
    const account = await findOrCreateAccount(
      companyDomainOf(capture.identity),
      capture.company,
      now,
      database,
    );
    const { identity, headline } = capture;
    const contact = await createContact(
      {
        name: capture.name,
        ...(headline === undefined ? {} : { headline }),
        // ladderSchema guarantees at least two levels; the lowest is where every new person starts.
        levelId: ladder.levels[0]!.id,
        linkedinSlugs: identity.kind === 'linkedin' ? [identity.value] : [],
        emails: identity.kind === 'email' ? [identity.value] : [],
        accountId: account.accountId,
      },
      now,
      database,
    );
    return {
      contactId: contact.id,
      created: true,
      createdAccountId: account.created ? account.accountId : null,
    };
  });
}

/**
 * Takes back a capture that added someone: the contact with whatever was
 * recorded about them since, and the account made for them unless someone
 * else has joined it. A capture that found the person already known added
 * nothing, and undoes nothing.
 */
export async function undoCapture(added: Capture, database: RapportDatabase = db): Promise<void> {
  if (!added.created) return;
  await database.transaction('rw', recordTableNames, async () => {
    await deleteRecord('contacts', added.contactId, database);
    const accountId = added.createdAccountId;
    if (accountId !== null && (await database.contacts.where('accountId').equals(accountId).count()) === 0) {
      await deleteRecord('accounts', accountId, database);
    }
  });
}
