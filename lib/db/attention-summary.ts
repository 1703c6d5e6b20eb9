/**
 * What the toolbar badge and the reminder alarm need, without ranking: how
 * many contacts are overdue now, and when the next contact falls due.
 * Read with the priority queue's own reading (priority-source.ts), so both
 * always agree on who is due when.
 */
import { dueState, type DueStatus } from '../domain/due';
import type { PriorityInput } from '../domain/priority';
import { toInstant, type Now } from '../domain/time';
import { db, type RapportDatabase } from './database';
import { loadPriorityInputs } from './priority-source';

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

const LATE: ReadonlySet<DueStatus> = new Set<DueStatus>(['overdue', 'badly-overdue']);

/** The summary of contacts' priority inputs at `now` (contacts who left are not among them). */
export function summariseAttention(
  inputs: readonly PriorityInput[],
  now: Now,
  dueSoonDays: number,
): AttentionSummary {
  const at = toInstant(now);
  let overdue = 0;
  let nextDueAt: number | null = null;
  for (const { clock } of inputs) {
    const state = dueState(clock, at, dueSoonDays);
    if (LATE.has(state.status)) overdue += 1;
    if (state.dueAt > at && (nextDueAt === null || state.dueAt < nextDueAt)) nextDueAt = state.dueAt;
  }
  return { overdue, nextDueAt };
}

export async function loadAttentionSummary(
  now: Now,
  database: RapportDatabase = db,
): Promise<AttentionSummary> {
  const at = toInstant(now);
  const { inputs, dueSoonDays } = await loadPriorityInputs(at, database);
  return summariseAttention(inputs, at, dueSoonDays);
}
