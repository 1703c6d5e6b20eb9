/**
 * One person in the "Needs attention" list: who, where, which level, how
 * late and why. The whole entry is one button that opens its actions; only
 * the list's current entry is in the tab order (roving tabindex).
 */
import type { CSSProperties } from 'react';
import type { ReminderPerson } from '../../lib/popup/reminder-data';
import type { ShownEntry } from '../../lib/popup/reminder-groups';
import { LevelChip } from './level-chip';

export interface ReminderEntryProps {
  entry: ShownEntry;
  /** Undefined while the person's details are loading. */
  person: ReminderPerson | undefined;
  groupLabel: string;
  lateness: string;
  reasons: string[];
  position: number;
  setSize: number;
  tabbable: boolean;
  expanded: boolean;
  onOpen(contactId: string, position: number): void;
  /** Placement in the virtualised list. */
  style?: CSSProperties;
}

export function ReminderEntry({
  entry,
  person,
  groupLabel,
  lateness,
  reasons,
  position,
  setSize,
  tabbable,
  expanded,
  onOpen,
  style,
}: ReminderEntryProps) {
  return (
    <div
      role="listitem"
      className="reminder-entry"
      style={style}
      aria-setsize={setSize}
      aria-posinset={position + 1}
    >
      <button
        type="button"
        className="entry-main"
        tabIndex={tabbable ? 0 : -1}
        aria-expanded={expanded}
        data-position={position}
        onClick={() => onOpen(entry.contactId, position)}
      >
        <span className="entry-top">
          <span className="entry-name">{person?.name ?? 'Loading…'}</span>
          {person && <LevelChip name={person.level.name} color={person.level.color} />}
        </span>
        <span className="entry-due">
          <span className="visually-hidden">{groupLabel}: </span>
          {lateness}
          {person?.accountName && <span className="entry-account"> · {person.accountName}</span>}
        </span>
        {reasons.length > 0 && <span className="entry-reasons">{reasons.join(' · ')}</span>}
      </button>
    </div>
  );
}
