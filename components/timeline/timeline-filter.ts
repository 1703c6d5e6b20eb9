/**
 * Which entries a contact's timeline shows: all of them, or one group of
 * them. Gestures are grouped as the domain groups them (gives, asks, and what
 * the customer shared with us), so a filter and the entry's colour always
 * agree; notes and the account's deals are a group each.
 */
import type { TimelineEntry } from '../../lib/db/timeline';
import { gestureKind, type GestureKind } from '../../lib/domain/gesture-labels';

export type TimelineGroup = GestureKind | 'note' | 'deal';
export type TimelineFilter = 'all' | TimelineGroup;

/** The choices in the order they are offered: giving first, as everywhere in the app. */
export const timelineFilters: readonly TimelineFilter[] = ['all', 'give', 'ask', 'signal', 'note', 'deal'];

export const timelineFilterLabels: Readonly<Record<TimelineFilter, string>> = {
  all: 'All',
  give: 'Gives',
  ask: 'Asks',
  signal: 'They shared',
  note: 'Notes',
  deal: 'Deals',
};

/** What "Show all" reveals under each choice: "Show all 42 notes". */
export const timelineFilterPlurals: Readonly<Record<TimelineFilter, string>> = {
  all: 'entries',
  give: 'gives',
  ask: 'asks',
  signal: 'entries they shared',
  note: 'notes',
  deal: 'deals',
};

/** What a chosen group with nothing in it says. */
export const emptyGroupMessages: Readonly<Record<TimelineGroup, string>> = {
  give: 'No gives yet.',
  ask: 'No asks yet.',
  signal: 'Nothing they shared yet.',
  note: 'No notes yet.',
  deal: 'No deals yet.',
};

export function entryGroup(entry: TimelineEntry): TimelineGroup {
  return entry.kind === 'gesture' ? gestureKind(entry.gesture.type) : entry.kind;
}

export function filterTimeline(
  entries: readonly TimelineEntry[],
  filter: TimelineFilter,
): readonly TimelineEntry[] {
  return filter === 'all' ? entries : entries.filter((entry) => entryGroup(entry) === filter);
}

/** How many entries each choice would show. */
export function countByFilter(entries: readonly TimelineEntry[]): Record<TimelineFilter, number> {
  const counts = { all: entries.length, give: 0, ask: 0, signal: 0, note: 0, deal: 0 };
  for (const entry of entries) counts[entryGroup(entry)] += 1;
  return counts;
}

/**
 * The choices worth offering: All, every group that has entries, and the
 * chosen one even when it has none left (its last entry was just deleted),
 * so the user still sees what the list is showing and can leave it.
 */
export function offeredFilters(
  counts: Readonly<Record<TimelineFilter, number>>,
  chosen: TimelineFilter,
): TimelineFilter[] {
  return timelineFilters.filter((filter) => filter === 'all' || filter === chosen || counts[filter] > 0);
}
