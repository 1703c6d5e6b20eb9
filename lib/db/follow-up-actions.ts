/**
 * What the user does to a contact's follow-ups: set one, snooze the contact,
 * complete one. Each runs in one transaction and returns a FollowUpChange
 * holding exactly what undo needs (the records it changed as they were, and
 * the ids of those it created); undoFollowUpChange puts everything back.
 *
 * Snoozing a contact (snoozeContact) postpones whatever would make them due
 * before `until` (lib/domain/due.ts):
 * - every open explicit follow-up (manual or goal) dated before `until` gets
 *   snoozedUntil = until, so none of them surfaces earlier;
 * - the cadence, through the 'cadence' follow-up of the current round (made
 *   since the last give): updated to snoozedUntil = until, or created with
 *   that snooze. It counts for this round only: the next give starts a new
 *   one. When the cadence falls due after `until` anyway, the snooze changes
 *   nothing (a snooze only ever moves a due date later).
 * The latest choice wins: snoozing to tomorrow after a snooze to next week
 * brings the contact back tomorrow.
 */
import Dexie from 'dexie';
import { lastGiveAt } from '../domain/gestures';
import { db, type RapportDatabase } from './database';
import { deleteRecord } from './deletion';
import { keepValid } from './read';
import { createRecord, putRecords, updateRecord } from './records';
import { MAX_NAME, type FollowUp, type Goal } from './schema';
import type { SomeTables } from './tables';

export interface FollowUpChange {
  contactId: string;
  /** Records changed, as they were before. */
  before: { followUps: FollowUp[]; goals: Goal[] };
  /** Follow-ups created (undo deletes them). */
  createdFollowUpIds: string[];
}

export const SNOOZE_REASON = 'Snoozed';
export const MAX_REASON = MAX_NAME * 2;

function emptyChange(contactId: string): FollowUpChange {
  return { contactId, before: { followUps: [], goals: [] }, createdFollowUpIds: [] };
}

async function followUpsOf(contactId: string, database: RapportDatabase): Promise<FollowUp[]> {
  const rows = await database.followUps.where('contactId').equals(contactId).toArray();
  return keepValid(database, 'followUps', rows);
}

/** Postpones everything that would make the contact due before `until` (see the module comment). */
export async function snoozeContact(
  contactId: string,
  until: number,
  now: number,
  database: RapportDatabase = db,
): Promise<FollowUpChange> {
  if (until <= now) throw new RangeError('A snooze ends in the future.');
  return database.transaction('rw', database.tables, async () => {
    const change = emptyChange(contactId);
    const [followUps, gestureRows] = await Promise.all([
      followUpsOf(contactId, database),
      database.gestures
        .where('[contactId+at]')
        .between([contactId, Dexie.minKey], [contactId, now], true, true)
        .toArray(),
    ]);
    const lastGive = lastGiveAt(keepValid(database, 'gestures', gestureRows), now);
    let cadence: FollowUp | null = null;
    for (const followUp of followUps) {
      if (followUp.doneAt !== null) continue;
      if (followUp.source === 'cadence') {
        const thisRound = lastGive === null || followUp.createdAt >= lastGive;
        if (thisRound && (cadence === null || followUp.createdAt > cadence.createdAt)) cadence = followUp;
        continue;
      }
      if (followUp.dueAt < until && followUp.snoozedUntil !== until) {
        await updateRecord('followUps', followUp.id, { snoozedUntil: until }, now, database);
        change.before.followUps.push(followUp);
      }
    }
    if (cadence !== null) {
      await updateRecord('followUps', cadence.id, { snoozedUntil: until }, now, database);
      change.before.followUps.push(cadence);
    } else {
      const created = await createRecord(
        'followUps',
        {
          contactId,
          dueAt: until,
          reason: SNOOZE_REASON,
          source: 'cadence',
          goalId: null,
          stepId: null,
          snoozedUntil: until,
          doneAt: null,
        },
        now,
        database,
      );
      change.createdFollowUpIds.push(created.id);
    }
    return change;
  });
}

/**
 * Marks a follow-up done at `now`. One made from a goal's action step ticks
 * that step done too, so the goal and its follow-up never disagree. A
 * follow-up already done or gone changes nothing.
 */
export async function completeFollowUp(
  id: string,
  now: number,
  database: RapportDatabase = db,
): Promise<FollowUpChange> {
  return database.transaction('rw', database.tables, async () => {
    const row = await database.followUps.get(id);
    const followUp = row === undefined ? undefined : keepValid(database, 'followUps', [row])[0];
    if (followUp === undefined) return emptyChange('');
    const change = emptyChange(followUp.contactId);
    if (followUp.doneAt !== null) return change;
    await updateRecord('followUps', id, { doneAt: now }, now, database);
    change.before.followUps.push(followUp);
    if (followUp.goalId !== null && followUp.stepId !== null) {
      const goalRow = await database.goals.get(followUp.goalId);
      const goal = goalRow === undefined ? undefined : keepValid(database, 'goals', [goalRow])[0];
      const step = goal?.steps.find((s) => s.id === followUp.stepId);
      if (goal !== undefined && step !== undefined && step.doneAt === null) {
        const steps = goal.steps.map((s) => (s.id === step.id ? { ...s, doneAt: now } : s));
        await updateRecord('goals', goal.id, { steps }, now, database);
        change.before.goals.push(goal);
      }
    }
    return change;
  });
}

export interface FollowUpRequest {
  contactId: string;
  dueAt: number;
  reason: string;
}

/**
 * Sets a dated follow-up the user asked for (source 'manual'). The reason is
 * trimmed; one longer than MAX_REASON is refused (InvalidRecordError) rather
 * than cut.
 */
export async function setFollowUp(
  request: FollowUpRequest,
  now: number,
  database: RapportDatabase = db,
): Promise<FollowUpChange> {
  return database.transaction('rw', database.tables, async () => {
    const created = await createRecord(
      'followUps',
      {
        contactId: request.contactId,
        dueAt: request.dueAt,
        reason: request.reason.trim(),
        source: 'manual',
        goalId: null,
        stepId: null,
        snoozedUntil: null,
        doneAt: null,
      },
      now,
      database,
    );
    return { ...emptyChange(request.contactId), createdFollowUpIds: [created.id] };
  });
}

/** Puts back what a snooze, a completion or a new follow-up changed, in one transaction. */
export async function undoFollowUpChange(
  change: FollowUpChange,
  database: RapportDatabase = db,
): Promise<void> {
  await database.transaction('rw', database.tables, async () => {
    for (const id of change.createdFollowUpIds) await deleteRecord('followUps', id, database);
    const before: SomeTables = { followUps: change.before.followUps, goals: change.before.goals };
    await putRecords(before, database);
  });
}

/** The same undo, named after what it takes back. */
export const undoSnooze = undoFollowUpChange;
export const undoCompleteFollowUp = undoFollowUpChange;
export const undoSetFollowUp = undoFollowUpChange;
