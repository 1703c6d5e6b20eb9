/** Goals: a target level or outcome for a contact or an account, with evidence and an action plan. */
import { db, type RapportDatabase } from './database';
import { listWhere } from './read';
import { createRecord, type NewRecord } from './records';
import type { Goal } from './schema';

export type NewGoal = Pick<Goal, 'title' | 'deadline'> &
  Partial<NewRecord<'goals'>> &
  ({ contactId: string; accountId?: null } | { accountId: string; contactId?: null });

export function createGoal(fields: NewGoal, now: number, database: RapportDatabase = db): Promise<Goal> {
  return createRecord(
    'goals',
    {
      contactId: null,
      accountId: null,
      targetLevelId: null,
      targetRevenue: null,
      evidence: [],
      steps: [],
      status: 'open',
      ...fields,
    },
    now,
    database,
  );
}

export function listGoalsOfContact(contactId: string, database: RapportDatabase = db): Promise<Goal[]> {
  return listWhere('goals', 'contactId', contactId, database);
}

export function listGoalsOfAccount(accountId: string, database: RapportDatabase = db): Promise<Goal[]> {
  return listWhere('goals', 'accountId', accountId, database);
}
