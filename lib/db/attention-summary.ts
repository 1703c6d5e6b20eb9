/**
 * What the toolbar badge and the reminder alarm need, without ranking: how
 * many contacts are overdue now, and when the next contact falls due.
 * Read with the priority queue's own reading (priority-source.ts), its
 * stored inputs included, so both always agree on who is due when.
 */
import { startOfDay } from 'date-fns';
import { nextDue } from '../domain/due';
import type { PriorityInput } from '../domain/priority';
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
 * per call); the tests check that both always agree.
 */
export function summariseAttention(inputs: readonly PriorityInput[], now: Now): AttentionSummary {
  const at = toInstant(now);
  const today = startOfDay(at).getTime();
  let overdue = 0;
  let nextDueAt: number | null = null;
  for (const { clock } of inputs) {
    const { dueAt } = nextDue(clock);
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
