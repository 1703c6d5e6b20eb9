/**
 * Adding a person seen on a page as a Prospect, in one transaction: the
 * person is placed in an account found by their email's domain or by the
 * company name, or in a new account made from them.
 */
import type { Identity } from '../domain/identity';
import type { RapportDatabase } from './database';
import { findContactsByIdentities, readLadder } from './lookup';
import { accountSchema, contactSchema, type Account, type Contact } from './schema';

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

async function findOrCreateAccount(
  db: RapportDatabase,
  domain: string | null,
  company: string | undefined,
  now: number,
): Promise<string | null> {
  const byDomain = domain === null ? undefined : await db.accounts.where('domains').equals(domain).first();
  if (byDomain) return byDomain.id;
  const byName =
    company === undefined ? undefined : await db.accounts.where('name').equalsIgnoreCase(company).first();
  if (byName) return byName.id;
  const name = company ?? domain;
  if (name === null) return null;
  const account: Account = accountSchema.parse({
    id: crypto.randomUUID(),
    name,
    domains: domain === null ? [] : [domain],
    revenue: 0,
    potential: 0,
    createdAt: now,
    updatedAt: now,
  });
  await db.accounts.add(account);
  return account.id;
}

export async function captureProspect(
  db: RapportDatabase,
  capture: ProspectCapture,
  now: number,
): Promise<CaptureResult> {
  return db.transaction('rw', [db.contacts, db.accounts, db.settings], async () => {
    const existing = (await findContactsByIdentities(db, [capture.identity])).values().next().value;
    if (existing) return { contactId: existing.id, created: false };
    const [ladder, accountId] = await Promise.all([
      readLadder(db),
      findOrCreateAccount(db, companyDomainOf(capture.identity), capture.company, now),
    ]);
    // ladderSchema guarantees at least two levels; the lowest is where every new person starts.
    const prospect = ladder.levels[0]!;
    const contact: Contact = contactSchema.parse({
      id: crypto.randomUUID(),
      name: capture.name,
      ...(capture.headline === undefined ? {} : { headline: capture.headline }),
      linkedinSlugs: capture.identity.kind === 'linkedin' ? [capture.identity.value] : [],
      emails: capture.identity.kind === 'email' ? [capture.identity.value] : [],
      accountId,
      roles: [],
      seniority: 'unknown',
      levelId: prospect.id,
      interests: [],
      motivations: [],
      tags: [],
      cadenceDays: null,
      evidenceTicks: [],
      left: false,
      createdAt: now,
      updatedAt: now,
    });
    await db.contacts.add(contact);
    return { contactId: contact.id, created: true };
  });
}
