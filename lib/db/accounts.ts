/** Accounts: the companies contacts work for. */
import { db, type RapportDatabase } from './database';
import { listWhere } from './read';
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

/** The accounts owning an email domain (acme.com), to place a captured contact. */
export function findAccountsByDomain(domain: string, database: RapportDatabase = db): Promise<Account[]> {
  return listWhere('accounts', 'domains', domain.trim().toLowerCase(), database);
}
