/**
 * Undo on a change made from an entry of the popup's list (Done, Snooze)
 * puts the keyboard back on that entry. The Undo button goes as it is
 * pressed, and the entry is back in the list only once the database has
 * answered: until then the keyboard waits in the list, on its active entry,
 * rather than on the popup's first control (Dashboard), where the page's
 * safety net (use-focus-keeper.ts) would put a focus left on nothing.
 */
import { useCallback, useEffect, useRef } from 'react';
import type { ReminderRow } from '../../lib/popup/reminder-groups';

/**
 * `focusEntry` puts the focus on the list's entry at `position`, or on its
 * active entry when given none. Returns what to call with the entry's
 * contact as the undo starts, and with null if it fails (nothing comes back).
 */
export function useEntryReturn(
  rows: readonly ReminderRow[],
  focusEntry: (position?: number) => void,
): (contactId: string | null) => void {
  const awaited = useRef<string | null>(null);
  useEffect(() => {
    if (awaited.current === null) return;
    const row = rows.find(
      (candidate) => candidate.kind === 'entry' && candidate.entry.contactId === awaited.current,
    );
    if (row?.kind !== 'entry') return;
    awaited.current = null;
    focusEntry(row.position);
  }, [rows, focusEntry]);
  return useCallback(
    (contactId) => {
      awaited.current = contactId;
      if (contactId !== null) focusEntry();
    },
    [focusEntry],
  );
}
