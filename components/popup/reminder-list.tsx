/**
 * The "Needs attention" list, virtualised: only the rows in view (plus a few
 * either side, plus the entry holding the keyboard focus) are in the DOM, so
 * thousands of entries cost what a screenful does. Group headings are
 * visual rows hidden from assistive technology; each entry says its group in
 * its own name, and aria-setsize / aria-posinset give the true count.
 *
 * Keyboard: the list is one tab stop (roving tabindex); ArrowUp / ArrowDown
 * move between entries, Home / End jump to the first and last, Enter or
 * Space opens the entry's actions (a native button).
 */
import { defaultRangeExtractor, useVirtualizer, type Range } from '@tanstack/react-virtual';
import { useCallback, useEffect, useMemo, useRef, type CSSProperties, type KeyboardEvent } from 'react';
import type { ReminderPerson } from '../../lib/popup/reminder-data';
import {
  dueLine,
  reminderGroupLabels,
  shownReasons,
  type ReminderGroup,
  type ReminderRow,
} from '../../lib/popup/reminder-groups';
import { ENTRY_HEIGHT, HEADING_HEIGHT, LIST_MAX_HEIGHT } from '../../lib/popup/reminder-layout';
import { focusIsLost } from '../common/use-focus-rescue';
import { ReminderEntry } from './reminder-entry';

export interface ReminderListProps {
  rows: readonly ReminderRow[];
  /** How many need attention in all (the queue's total), which may be more than the rows loaded so far. */
  setSize: number;
  people: ReadonlyMap<string, ReminderPerson>;
  now: number;
  activePosition: number;
  openContactId: string | null;
  /** Set when focus should go (back) to the active entry, e.g. after its actions close. */
  focusRequest: number;
  onActivePositionChange(position: number): void;
  onOpen(contactId: string, position: number): void;
  /** The contacts of the entries now rendered, so their details can be loaded. */
  onRenderedContactsChange(contactIds: string[]): void;
  /** Hidden (and out of the tab order) while an entry's actions cover it. */
  hidden?: boolean;
}

/** A group's heading row: visual only, since each entry names its group itself. */
export function ReminderHeading({
  group,
  count,
  style,
}: {
  group: ReminderGroup;
  count: number;
  style?: CSSProperties;
}) {
  return (
    <div className="reminder-heading" style={style} aria-hidden="true">
      {reminderGroupLabels[group]} <span className="reminder-count">{count}</span>
    </div>
  );
}

export function ReminderList({
  rows,
  setSize,
  people,
  now,
  activePosition,
  openContactId,
  focusRequest,
  onActivePositionChange,
  onOpen,
  onRenderedContactsChange,
  hidden = false,
}: ReminderListProps) {
  const scrollRef = useRef<HTMLDivElement>(null);
  const entryRowIndexes = useMemo(
    () => rows.flatMap((row, index) => (row.kind === 'entry' ? [index] : [])),
    [rows],
  );
  const entryCount = entryRowIndexes.length;
  const active = Math.min(activePosition, Math.max(0, entryCount - 1));
  const activeRowIndex = entryRowIndexes[active];

  const rangeExtractor = useCallback(
    (range: Range) => {
      const indexes = defaultRangeExtractor(range);
      // The focusable entry stays rendered even when scrolled away, so the list keeps its tab stop.
      if (activeRowIndex !== undefined && !indexes.includes(activeRowIndex)) {
        indexes.push(activeRowIndex);
        indexes.sort((a, b) => a - b);
      }
      return indexes;
    },
    [activeRowIndex],
  );

  // Rapport does not use the React Compiler; this component renders with the virtualizer's fresh state each time.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: (index) => (rows[index]?.kind === 'heading' ? HEADING_HEIGHT : ENTRY_HEIGHT),
    getItemKey: (index) => {
      const row = rows[index]!;
      return row.kind === 'heading' ? `heading:${row.group}` : `entry:${row.entry.contactId}`;
    },
    overscan: 4,
    rangeExtractor,
  });
  const items = virtualizer.getVirtualItems();
  const totalSize = virtualizer.getTotalSize();

  const renderedIds = items.flatMap((item) => {
    const row = rows[item.index];
    return row?.kind === 'entry' ? [row.entry.contactId] : [];
  });
  const renderedKey = renderedIds.join('\n');
  useEffect(() => {
    onRenderedContactsChange(renderedKey === '' ? [] : renderedKey.split('\n'));
  }, [renderedKey, onRenderedContactsChange]);

  const pendingFocus = useRef(false);
  const focusActive = useCallback(() => {
    const button = scrollRef.current?.querySelector<HTMLButtonElement>(`[data-position="${active}"]`);
    if (button) {
      button.focus();
      pendingFocus.current = false;
    }
  }, [active]);

  useEffect(() => {
    if (focusRequest > 0) {
      pendingFocus.current = true;
      focusActive();
    }
  }, [focusRequest, focusActive]);

  useEffect(() => {
    if (pendingFocus.current) focusActive();
  });

  // An entry that leaves the list (done, snoozed) takes the focus with it; give it to the entry now in its place.
  const focusWasInList = useRef(false);
  useEffect(() => {
    if (focusWasInList.current && focusIsLost(document)) focusActive();
  }, [rows, focusActive]);

  const move = (position: number) => {
    const next = Math.max(0, Math.min(entryCount - 1, position));
    const rowIndex = entryRowIndexes[next];
    if (rowIndex === undefined) return;
    pendingFocus.current = true;
    onActivePositionChange(next);
    virtualizer.scrollToIndex(next === 0 ? 0 : rowIndex, { align: 'auto' });
  };

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const keys: Record<string, () => void> = {
      ArrowDown: () => move(active + 1),
      ArrowUp: () => move(active - 1),
      Home: () => move(0),
      End: () => move(entryCount - 1),
    };
    const action = keys[event.key];
    if (!action) return;
    event.preventDefault();
    action();
  };

  return (
    <div
      ref={scrollRef}
      className="reminder-scroll"
      // The list keeps its own place (an entry that leaves hands the focus to the next one).
      data-focus-keeper="off"
      style={{ height: Math.min(totalSize, LIST_MAX_HEIGHT) }}
      hidden={hidden}
    >
      <div
        role="list"
        aria-label="Needs attention"
        className="reminder-list"
        style={{ height: totalSize }}
        onKeyDown={onKeyDown}
        onBlur={(event) => {
          const next = event.relatedTarget as Node | null;
          if (next !== null && !event.currentTarget.contains(next)) focusWasInList.current = false;
        }}
        onFocus={(event) => {
          focusWasInList.current = true;
          const position = Number((event.target as HTMLElement).dataset.position);
          if (Number.isInteger(position) && position !== active) onActivePositionChange(position);
        }}
      >
        {items.map((item) => {
          const row = rows[item.index]!;
          const style = { height: item.size, transform: `translateY(${item.start}px)` };
          if (row.kind === 'heading') {
            return <ReminderHeading key={item.key} group={row.group} count={row.count} style={style} />;
          }
          return (
            <ReminderEntry
              key={item.key}
              style={style}
              entry={row.entry}
              person={people.get(row.entry.contactId)}
              groupLabel={reminderGroupLabels[row.group]}
              lateness={dueLine(row.entry, now)}
              reasons={shownReasons(row.entry, now)}
              position={row.position}
              setSize={setSize}
              tabbable={row.position === active}
              expanded={openContactId === row.entry.contactId}
              onOpen={onOpen}
            />
          );
        })}
      </div>
    </div>
  );
}
