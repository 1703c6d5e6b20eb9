/**
 * The popup's reminder list: the priority queue cut into Overdue, Due today
 * and This week, each group in the queue's own order, and flattened into the
 * rows a virtualised list renders (a heading row before each group's entries).
 *
 * The group follows the engine's due status (lib/domain/due.ts): overdue and
 * badly overdue are behind today on the user's calendar, due today is today,
 * due soon is within the next few days. It is decided on the entry's dueAt
 * (the earliest due date that put the contact on the list) by the same
 * calendar-day count due.ts uses, so both always agree.
 */
import { differenceInCalendarDays } from 'date-fns';
import { duePhrase } from '../domain/day-phrases';
import type { PriorityEntry } from '../domain/priority';

export const reminderGroups = ['overdue', 'today', 'week'] as const;
export type ReminderGroup = (typeof reminderGroups)[number];

export const reminderGroupLabels: Record<ReminderGroup, string> = {
  overdue: 'Overdue',
  today: 'Due today',
  week: 'This week',
};

/** The list view's heading, with the count once known. */
export const listHeadingFor = (total: number | null) =>
  total === null ? 'Needs attention' : `Needs attention (${total})`;

/** Which group an entry belongs in at `now`. */
export function reminderGroupOf(dueAt: number, now: number): ReminderGroup {
  const days = differenceInCalendarDays(dueAt, now);
  if (days < 0) return 'overdue';
  if (days === 0) return 'today';
  return 'week';
}

/** What the list shows of a queue entry (all a saved copy of the list needs to keep). */
export type ShownEntry = Pick<PriorityEntry, 'contactId' | 'dueAt' | 'reasons'>;

export type ReminderRow =
  | { kind: 'heading'; group: ReminderGroup; count: number }
  | {
      kind: 'entry';
      group: ReminderGroup;
      entry: ShownEntry;
      /** 0-based position among entries only (headings not counted). */
      position: number;
    };

/**
 * Heading and entry rows, groups in the order Overdue, Due today, This week,
 * entries inside a group in the queue's order (the queue is already ranked).
 * Empty groups get no heading.
 */
export function reminderRows(entries: readonly ShownEntry[], now: number): ReminderRow[] {
  const byGroup: Record<ReminderGroup, ShownEntry[]> = { overdue: [], today: [], week: [] };
  for (const entry of entries) byGroup[reminderGroupOf(entry.dueAt, now)].push(entry);
  const rows: ReminderRow[] = [];
  let position = 0;
  for (const group of reminderGroups) {
    const list = byGroup[group];
    if (list.length === 0) continue;
    rows.push({ kind: 'heading', group, count: list.length });
    for (const entry of list) rows.push({ kind: 'entry', group, entry, position: position++ });
  }
  return rows;
}

/** How late (or how soon due) an entry is, in words: "3 days overdue", "due today", "due Friday". */
export function latenessPhrase(entry: Pick<PriorityEntry, 'dueAt'>, now: number): string {
  return duePhrase(entry.dueAt, now);
}

/**
 * The lateness as the entry's first line: the engine's reason that says it
 * ("follow-up 3 days overdue", "goal step due Friday") when there is one, so
 * the why comes with the when; else the lateness alone.
 */
export function dueLine(entry: Pick<PriorityEntry, 'dueAt' | 'reasons'>, now: number): string {
  const lateness = latenessPhrase(entry, now);
  return entry.reasons.find((reason) => reason.endsWith(lateness)) ?? lateness;
}

/** The engine's other reasons, without the one dueLine already shows. */
export function shownReasons(entry: Pick<PriorityEntry, 'dueAt' | 'reasons'>, now: number): string[] {
  const line = dueLine(entry, now);
  return entry.reasons.filter((reason) => reason !== line);
}
