/**
 * Logging a gesture with one click, and taking it back.
 *
 * A value-adding gesture (a give, dated by now) answers the reminders that
 * ask the user to give (DOMAIN.md, cadence and follow-up), so in the same
 * transaction it closes (doneAt = now) the contact's open follow-ups that it
 * answers:
 * - 'manual' follow-ups that are due by the end of today (their date, or
 *   their snooze when snoozed later, falls on or before today's calendar day:
 *   what the due rules show as due today or late). One set for later stays:
 *   it is a plan for another day;
 * - 'cadence' follow-ups (cadence snoozes): the give starts a new round, in
 *   which an old snooze no longer counts (lib/domain/due.ts); closing them
 *   keeps that true even when the gesture is dated earlier than the snooze.
 * 'goal' follow-ups stay open: they are a goal's action steps, each closed by
 * ticking its step, not by any gesture. Asks and signals close nothing and
 * never reset the clock.
 */
import { endOfDay } from 'date-fns';
import { isAsk, isTouch } from '../domain/gestures';
import type { AskOutcome } from '../domain/gesture-labels';
import { db, type RapportDatabase } from './database';
import { deleteRecord } from './deletion';
import { keepValid } from './read';
import { createRecord, putRecords, updateRecord } from './records';
import { MAX_NAME, MAX_URL, type FollowUp, type Gesture, type GestureType } from './schema';

export interface TouchInput {
  contactId: string;
  type: GestureType;
  /** For a shared article: what was shared. */
  title?: string;
  url?: string;
  note?: string;
  /** For asks only; an ask logged without one is pending. Ignored for other types. */
  outcome?: AskOutcome;
  /** When it happened; defaults to now. */
  at?: number;
}

export interface LoggedTouch {
  gesture: Gesture;
  /** The follow-ups the gesture closed, as they were before (what undo puts back). */
  closedFollowUps: FollowUp[];
}

/** Whether a logged give closes this follow-up (see the module comment). */
export function closedByGive(followUp: FollowUp, now: number): boolean {
  if (followUp.doneAt !== null) return false;
  if (followUp.source === 'cadence') return true;
  if (followUp.source !== 'manual') return false;
  const dueAt = Math.max(followUp.dueAt, followUp.snoozedUntil ?? followUp.dueAt);
  return dueAt <= endOfDay(now).getTime();
}

/**
 * Logs the gesture, and for a give closes the follow-ups it answers, all in
 * one transaction: either everything is saved or nothing is. Refuses (with
 * InvalidRecordError) a contact that does not exist or a field that fails
 * the gesture schema.
 */
export async function logTouch(
  input: TouchInput,
  now: number,
  database: RapportDatabase = db,
): Promise<LoggedTouch> {
  const fields = {
    contactId: input.contactId,
    type: input.type,
    at: input.at ?? now,
    ...(input.title !== undefined && input.title.trim() !== '' ? { title: input.title.trim() } : {}),
    ...(input.url !== undefined && input.url !== '' ? { url: input.url } : {}),
    ...(input.note !== undefined && input.note.trim() !== '' ? { note: input.note.trim() } : {}),
    ...(isAsk(input.type) ? { outcome: input.outcome ?? 'pending' } : {}),
  };
  // Every table, not just the ones written here: the nested writes
  // (createRecord, updateRecord) may open transactions over any table, and a
  // nested transaction must stay within its parent's tables.
  return database.transaction('rw', database.tables, async () => {
    const gesture = await createRecord('gestures', fields, now, database);
    const closedFollowUps: FollowUp[] = [];
    if (isTouch(gesture, now)) {
      const rows = await database.followUps.where('contactId').equals(input.contactId).toArray();
      for (const followUp of keepValid(database, 'followUps', rows)) {
        if (!closedByGive(followUp, now)) continue;
        await updateRecord('followUps', followUp.id, { doneAt: now }, now, database);
        closedFollowUps.push(followUp);
      }
    }
    return { gesture, closedFollowUps };
  });
}

/** Takes a logged gesture back: removes it and reopens what it closed, as they were, in one transaction. */
export async function undoTouch(logged: LoggedTouch, database: RapportDatabase = db): Promise<void> {
  await database.transaction('rw', database.tables, async () => {
    await deleteRecord('gestures', logged.gesture.id, database);
    await putRecords({ followUps: logged.closedFollowUps }, database);
  });
}

/**
 * Records the answer to an ask (pending, yes, no). A yes to a reference ask
 * is evidence for Supporter. Returns the gesture as it was, for undo
 * (putRecords puts it back).
 */
export async function setAskOutcome(
  gestureId: string,
  outcome: AskOutcome,
  now: number,
  database: RapportDatabase = db,
): Promise<Gesture> {
  return database.transaction('rw', database.tables, async () => {
    const row = await database.gestures.get(gestureId);
    const before = row === undefined ? undefined : keepValid(database, 'gestures', [row])[0];
    if (before === undefined || !isAsk(before.type)) {
      throw new Error('Only an ask that is still recorded has an outcome to set.');
    }
    await updateRecord('gestures', gestureId, { outcome }, now, database);
    return before;
  });
}

export interface ArticleDraft {
  title: string;
  url: string;
}

/**
 * What "Shared an article" records for a page: its title cut to what a
 * gesture holds and its URL, or null when the page is not something one
 * shares (a browser page, a file, a URL too long to keep).
 */
export function articleFromPage(page: { url: string; title: string }): ArticleDraft | null {
  let url: URL;
  try {
    url = new URL(page.url);
  } catch {
    return null;
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return null;
  if (page.url.length > MAX_URL) return null;
  const title = page.title.replace(/\s+/g, ' ').trim();
  return { title: (title === '' ? url.hostname : title).slice(0, MAX_NAME * 2), url: page.url };
}
