/**
 * What the toolbar badge and the reminder alarm need, without ranking: how
 * many contacts are overdue now, and when the next contact falls due.
 * Read with the priority queue's own reading (priority-source.ts), its
 * stored inputs included, so both always agree on who is due when.
 */
import { startOfDay } from 'date-fns';
import { CALENDAR_SLACK_MS, nextDue } from '../domain/due';
import { clockAt, nominalCadenceDueAt, type PriorityColumns } from '../domain/priority-columns';
import { toInstant, type Now } from '../domain/time';
import { db, type RapportDatabase } from './database';
import { loadQueueInputs } from './priority-source';

export interface AttentionSummary {
  /** Contacts whose due status is overdue or badly overdue (due.ts). */
  overdue: number;
  /**
   * The earliest due time strictly after now among all contacts (a snoozed
   * contact's is the end of the snooze), for an alarm; null when none is
   * ahead.
   */
  nextDueAt: number | null;
}

/**
 * The summary of contacts' priority inputs at `now` (contacts who left are
 * not among them). A contact is overdue, or badly overdue, exactly when
 * their due date falls before today on the calendar and no snooze is
 * running (due.ts, dueState): a running snooze moves the due date past now,
 * so "due before the start of today" says it alone. Comparing with the start
 * of today once, rather than asking dueState for every contact, keeps this
 * cheap at tens of thousands of contacts (dueState does calendar arithmetic
 * per call, and so does nextDue, which is asked only where the nominal due
 * date leaves it open); the tests check that both always agree.
 */
export function summariseAttention(inputs: PriorityColumns, now: Now): AttentionSummary {
  const at = toInstant(now);
  const today = startOfDay(at).getTime();
  let overdue = 0;
  let nextDueAt: number | null = null;
  for (let i = 0; i < inputs.count; i++) {
    // Settled without calendar arithmetic where the bound allows (due.ts, CALENDAR_SLACK_MS):
    // surely due before today, or surely not before the earliest due time found after now (so
    // not overdue either). NaN (follow-ups, which may move the due date anywhere) fails both.
    const nominal = inputs.followUps.has(i) ? NaN : nominalCadenceDueAt(inputs, i);
    if (nominal + CALENDAR_SLACK_MS < today) {
      overdue += 1;
      continue;
    }
    if (nextDueAt !== null && nominal - CALENDAR_SLACK_MS >= nextDueAt) continue;
    const { dueAt } = nextDue(clockAt(inputs, i));
    if (dueAt < today) overdue += 1;
    else if (dueAt > at && (nextDueAt === null || dueAt < nextDueAt)) nextDueAt = dueAt;
  }
  return { overdue, nextDueAt };
}

export async function loadAttentionSummary(
  now: Now,
  database: RapportDatabase = db,
): Promise<AttentionSummary> {
  const at = toInstant(now);
  const { inputs } = await loadQueueInputs(at, database);
  return summariseAttention(inputs, at);
}
