/** Deals: what an account bought, the evidence behind Customer and Client. */
import { db, type RapportDatabase } from './database';
import { listWhere } from './read';
import { createRecord, type NewRecord } from './records';
import type { Deal } from './schema';

export type NewDeal = Pick<Deal, 'accountId' | 'amount' | 'closedAt'> & Partial<NewRecord<'deals'>>;

export function createDeal(fields: NewDeal, now: number, database: RapportDatabase = db): Promise<Deal> {
  return createRecord('deals', { contactId: null, ...fields }, now, database);
}

export function listDealsOfAccount(accountId: string, database: RapportDatabase = db): Promise<Deal[]> {
  return listWhere('deals', 'accountId', accountId, database);
}
