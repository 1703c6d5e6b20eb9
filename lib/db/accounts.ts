/** Accounts: the companies contacts work for. */
import { db, type RapportDatabase } from './database';
import { keepValid, listWhere } from './read';
import { createRecord, type NewRecord } from './records';
import type { Account } from './schema';

export type NewAccount = Pick<Account, 'name'> & Partial<NewRecord<'accounts'>>;

export function createAccount(
  fields: NewAccount,
  now: number,
  database: RapportDatabase = db,
): Promise<Account> {
  return createRecord('accounts', { domains: [], revenue: 0, potential: 0, ...fields }, now, database);
}

/**
 * The accounts called `name`, letter case aside: how a person's company
 * finds their account (capture.ts), and so why no two may share a name.
 */
export async function accountsNamed(name: string, database: RapportDatabase = db): Promise<Account[]> {
  const rows = await database.accounts.where('name').equalsIgnoreCase(name).toArray();
  return keepValid(database, 'accounts', rows);
}

/** A name an account cannot take, with why in words the user reads. */
export class AccountNameError extends Error {
  override readonly name = 'AccountNameError';
}

/**
 * Refuses `name` when an account other than `accountId` (null for one not
 * made yet) is called so, letter case aside. Runs in the caller's transaction.
 */
export async function checkNameFree(
  accountId: string | null,
  name: string,
  database: RapportDatabase,
): Promise<void> {
  const other = (await accountsNamed(name, database)).find((account) => account.id !== accountId);
  if (other !== undefined) throw new AccountNameError(`Another account is already called “${other.name}”.`);
}

/** The accounts owning an email domain (acme.com), to place a captured contact. */
export function findAccountsByDomain(domain: string, database: RapportDatabase = db): Promise<Account[]> {
  return listWhere('accounts', 'domains', domain.trim().toLowerCase(), database);
}
