/**
 * Assembles the relationship engine's AccountSnapshot from the database:
 * everything the rules need about one account (or about one contact with no
 * account), each part one indexed query, every row validated.
 */
import Dexie from 'dexie';
import type { AccountSnapshot } from '../domain/account-snapshot';
import type { AccountTier } from '../domain/account-tier';
import { db, type RapportDatabase } from './database';
import { keepValid } from './read';
import type { Contact } from './schema';

async function gesturesOf(contactIds: string[], database: RapportDatabase) {
  const perContact = await Promise.all(
    contactIds.map((id) =>
      database.gestures.where('[contactId+at]').between([id, Dexie.minKey], [id, Dexie.maxKey]).toArray(),
    ),
  );
  return keepValid(database, 'gestures', perContact.flat());
}

/** The snapshot of `contact`'s account, or of the contact alone when they have none. */
export async function loadAccountSnapshot(
  contact: Contact,
  tier: AccountTier,
  database: RapportDatabase = db,
): Promise<AccountSnapshot> {
  const accountId = contact.accountId;
  if (accountId === null) {
    const [deals, gestures, followUps] = await Promise.all([
      database.deals.where('contactId').equals(contact.id).toArray(),
      gesturesOf([contact.id], database),
      database.followUps.where('contactId').equals(contact.id).toArray(),
    ]);
    return {
      account: null,
      tier,
      contacts: [contact],
      deals: keepValid(database, 'deals', deals),
      gestures,
      followUps: keepValid(database, 'followUps', followUps),
      issues: [],
    };
  }
  const [account, contacts, deals, issues] = await Promise.all([
    database.accounts.get(accountId),
    database.contacts.where('accountId').equals(accountId).toArray(),
    database.deals.where('accountId').equals(accountId).toArray(),
    database.accountIssues.where('accountId').equals(accountId).toArray(),
  ]);
  const people = keepValid(database, 'contacts', contacts);
  const ids = people.map((person) => person.id);
  const [gestures, followUps] = await Promise.all([
    gesturesOf(ids, database),
    database.followUps.where('contactId').anyOf(ids).toArray(),
  ]);
  return {
    account: account ? (keepValid(database, 'accounts', [account])[0] ?? null) : null,
    tier,
    contacts: people,
    deals: keepValid(database, 'deals', deals),
    gestures,
    followUps: keepValid(database, 'followUps', followUps),
    issues: keepValid(database, 'accountIssues', issues),
  };
}
