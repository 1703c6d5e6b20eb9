/** Account issues: open problems (delivery, quality, billing, payment) to surface before they grow. */
import { db, type RapportDatabase } from './database';
import { listWhere } from './read';
import { createRecord, type NewRecord } from './records';
import type { AccountIssue } from './schema';

export type NewAccountIssue = Pick<AccountIssue, 'accountId' | 'kind' | 'description' | 'openedAt'> &
  Partial<NewRecord<'accountIssues'>>;

export function createAccountIssue(
  fields: NewAccountIssue,
  now: number,
  database: RapportDatabase = db,
): Promise<AccountIssue> {
  return createRecord('accountIssues', { resolvedAt: null, ...fields }, now, database);
}

export function listIssuesOfAccount(
  accountId: string,
  database: RapportDatabase = db,
): Promise<AccountIssue[]> {
  return listWhere('accountIssues', 'accountId', accountId, database);
}
