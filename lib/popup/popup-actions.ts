/**
 * The popup's writes, each returning the words for the undo bar and the
 * undo itself. All go through lib/db (logTouch, snoozeContact,
 * completeFollowUp), which validate and write in one transaction each.
 */
import { db, type RapportDatabase } from '../db/database';
import {
  completeFollowUp,
  snoozeContact,
  undoFollowUpChange,
  type FollowUpChange,
} from '../db/follow-up-actions';
import type { FollowUp, GestureType } from '../db/schema';
import { closedByGive, logTouch, undoTouch } from '../db/touch';
import { describeGesture, type AskOutcome } from '../domain/gesture-labels';
import { isGive } from '../domain/gestures';
import type { PriorityEntry } from '../domain/priority';
import type { UndoOffer } from './ui-store';

/**
 * Whether "Done" on this entry, with a give, closes this follow-up: those a
 * give answers (touch.ts, closedByGive), and the manual follow-up the entry
 * is for, whatever its day. What markDone does, said before it is done.
 */
export function closedByDone(entry: Pick<PriorityEntry, 'next'>, followUp: FollowUp, now: number): boolean {
  return (
    closedByGive(followUp, now) ||
    (followUp.source === 'manual' && followUp.doneAt === null && followUp.id === entry.next.followUp?.id)
  );
}

/** A page logged as an article shared with someone. */
export interface SharedPage {
  url: string;
  title: string;
}

/** The undo bar's words for a shared article: its title, which says what was recorded. */
function sharedMessage(page: SharedPage, name: string): string {
  return `Logged “${page.title}” as shared with ${name}.`;
}

/**
 * "Done" on a reminder: logs the gesture (which, for a give, closes the
 * follow-ups due by today and restarts the cadence). "Shared an article"
 * records `article`, the page being read, when there is one. When the
 * reminder was a manual follow-up dated later this week, logTouch leaves it
 * open (it is a plan for another day); but the user said this reminder is
 * done, so it is completed too, and undo takes both back.
 */
export async function markDone(
  entry: Pick<PriorityEntry, 'contactId' | 'next'>,
  name: string,
  type: GestureType,
  outcome: AskOutcome | undefined,
  article: SharedPage | null,
  now: number,
  database: RapportDatabase = db,
): Promise<UndoOffer> {
  // Only "Shared an article" records a page.
  const shared = type === 'article' ? article : null;
  const logged = await logTouch({ contactId: entry.contactId, type, outcome, ...shared }, now, database);
  const followUp = entry.next.followUp;
  let completed: FollowUpChange | null = null;
  if (
    isGive(type) &&
    followUp !== null &&
    followUp.source === 'manual' &&
    !logged.closedFollowUps.some((closed) => closed.id === followUp.id)
  ) {
    completed = await completeFollowUp(followUp.id, now, database);
  }
  return {
    entry: entry.contactId,
    message: shared ? sharedMessage(shared, name) : `Logged “${describeGesture(type, outcome)}” for ${name}.`,
    undo: async () => {
      if (completed) await undoFollowUpChange(completed, database);
      await undoTouch(logged, database);
    },
  };
}

/** Snoozes whatever makes the contact due until `until`; `when` words it ("until tomorrow"). */
export async function snoozeEntry(
  contactId: string,
  name: string,
  until: number,
  when: string,
  now: number,
  database: RapportDatabase = db,
): Promise<UndoOffer> {
  const change = await snoozeContact(contactId, until, now, database);
  return {
    entry: contactId,
    message: `Snoozed ${name} ${when}.`,
    undo: () => undoFollowUpChange(change, database),
  };
}

/** "Shared this with…": logs the page as an article shared with the contact, which resets their clock. */
export async function shareWith(
  contactId: string,
  name: string,
  page: SharedPage,
  now: number,
  database: RapportDatabase = db,
): Promise<UndoOffer> {
  const logged = await logTouch(
    { contactId, type: 'article', title: page.title, url: page.url },
    now,
    database,
  );
  return {
    message: sharedMessage(page, name),
    undo: () => undoTouch(logged, database),
  };
}
