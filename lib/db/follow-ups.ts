/** Follow-ups: dated reminders to get in touch with a contact. */
import { db, type RapportDatabase } from './database';
import { keepValid, listWhere } from './read';
import { createRecord, type NewRecord } from './records';
import type { FollowUp } from './schema';

export type NewFollowUp = Pick<FollowUp, 'contactId' | 'dueAt' | 'reason' | 'source'> &
  Partial<NewRecord<'followUps'>>;

export function createFollowUp(
  fields: NewFollowUp,
  now: number,
  database: RapportDatabase = db,
): Promise<FollowUp> {
  return createRecord(
    'followUps',
    { goalId: null, stepId: null, snoozedUntil: null, doneAt: null, ...fields },
    now,
    database,
  );
}

/** Follow-ups not done yet and due from `from` to `to` (both inclusive), soonest first. */
export async function listOpenFollowUpsDueBetween(
  from: number,
  to: number,
  database: RapportDatabase = db,
): Promise<FollowUp[]> {
  const rows = await database.followUps.where('dueAt').between(from, to, true, true).toArray();
  return keepValid(database, 'followUps', rows).filter((followUp) => followUp.doneAt === null);
}

export function listFollowUpsOfContact(
  contactId: string,
  database: RapportDatabase = db,
): Promise<FollowUp[]> {
  return listWhere('followUps', 'contactId', contactId, database);
}
