/**
 * A contact's timeline, newest first: gestures (with their kind), notes and
 * the account's deals (saying whom each is attributed to), with delete for
 * gestures and notes, editing a note in place and the answer to a pending ask.
 * A filter above the list narrows it to one group of entries; a long list
 * shows a page of them first.
 */
import { format } from 'date-fns';
import { useEffect, useRef, useState } from 'react';
import type { TimelineEntry } from '../../lib/db/timeline';
import { agoPhrase } from '../../lib/domain/day-phrases';
import type { Checked } from '../../lib/domain/follow-up-inputs';
import {
  askOutcomeLabels,
  gestureKind,
  gestureLabel,
  type AskOutcome,
  type GestureKind,
} from '../../lib/domain/gesture-labels';
import type { GiveAskBalance } from '../../lib/domain/give-ask-balance';
import { plural } from '../../lib/domain/plural';
import {
  countByFilter,
  emptyGroupMessages,
  entryGroup,
  filterTimeline,
  timelineFilterPlurals,
  type TimelineFilter,
} from './timeline-filter';
import { TimelineFilterBar } from './timeline-filter-bar';
import { TimelineNote } from './timeline-note';
import './timeline.css';

export type DeletableEntry = Extract<TimelineEntry, { kind: 'gesture' | 'note' }>;
export type NoteEntry = Extract<TimelineEntry, { kind: 'note' }>;

export interface TimelineListProps {
  entries: readonly TimelineEntry[];
  contactName: string;
  accountName: string | null;
  now: number;
  /** Which entries to show; the choices count the whole timeline. */
  filter: TimelineFilter;
  onFilterChange(filter: TimelineFilter): void;
  onDelete(entry: DeletableEntry): void;
  /** Checks a note's new text as a new note's is checked. */
  checkNote(value: string): Checked<string>;
  /** Saves a note's new text; says whether it was saved. */
  onEditNote(entry: NoteEntry, text: string): Promise<boolean>;
  onSetOutcome(gestureId: string, outcome: AskOutcome): void;
  /** How many of the filtered entries show before "Show all"; long histories stay quick to read. */
  pageSize?: number;
}

const kindNames: Record<GestureKind, string> = { give: 'Give', ask: 'Ask', signal: 'They shared' };

export function describeEntry(entry: TimelineEntry): string {
  switch (entry.kind) {
    case 'gesture':
      return gestureLabel(entry.gesture.type);
    case 'note':
      return 'Note';
    case 'deal':
      return 'Deal';
  }
}

function day(at: number): string {
  return format(at, 'd MMM yyyy');
}

const amountFormat = new Intl.NumberFormat(undefined, { maximumFractionDigits: 2 });

export function TimelineList({
  entries,
  contactName,
  accountName,
  now,
  filter,
  onFilterChange,
  onDelete,
  checkNote,
  onEditNote,
  onSetOutcome,
  pageSize = 30,
}: TimelineListProps) {
  const [showAll, setShowAll] = useState(false);
  // "Show all" goes as it is pressed: the keyboard goes on at the first entry it brought in.
  const firstMore = useRef<HTMLLIElement>(null);
  const [revealed, setRevealed] = useState(false);
  useEffect(() => {
    if (revealed) firstMore.current?.focus();
  }, [revealed]);
  if (entries.length === 0) {
    return (
      <p className="panel-empty">
        Nothing with {contactName} yet. Log a gesture when you share something useful, make an introduction or
        check in: each one shows here, with notes and the account&apos;s deals.
      </p>
    );
  }
  const matching = filterTimeline(entries, filter);
  const shown = showAll ? matching : matching.slice(0, pageSize);
  return (
    <>
      <TimelineFilterBar counts={countByFilter(entries)} chosen={filter} onChoose={onFilterChange} />
      {matching.length === 0 && filter !== 'all' ? (
        <p className="panel-empty">{emptyGroupMessages[filter]}</p>
      ) : (
        <ol className="timeline-list">
          {shown.map((entry, index) => (
            <li
              key={`${entry.kind}-${entry.id}`}
              className={`timeline-entry timeline-${entryGroup(entry)}`}
              {...(index === pageSize ? { ref: firstMore, tabIndex: -1 } : {})}
            >
              <div className="timeline-head">
                {entry.kind === 'gesture' && <span className="timeline-kind">{entryKindName(entry)}</span>}
                <span className="timeline-what">{describeEntry(entry)}</span>
                <time dateTime={new Date(entry.at).toISOString()} className="timeline-when">
                  {day(entry.at)} · {agoPhrase(entry.at, now)}
                </time>
              </div>
              {entry.kind === 'note' ? (
                <TimelineNote
                  text={entry.note.text}
                  day={day(entry.at)}
                  check={checkNote}
                  onSave={(text) => onEditNote(entry, text)}
                >
                  <DeleteButton entry={entry} onDelete={onDelete} />
                </TimelineNote>
              ) : (
                <>
                  <EntryBody entry={entry} contactName={contactName} accountName={accountName} />
                  <EntryActions entry={entry} onDelete={onDelete} onSetOutcome={onSetOutcome} />
                </>
              )}
            </li>
          ))}
        </ol>
      )}
      {!showAll && matching.length > pageSize && (
        <button
          type="button"
          className="timeline-more"
          onClick={() => {
            setShowAll(true);
            setRevealed(true);
          }}
        >
          Show all {matching.length} {timelineFilterPlurals[filter]}
        </button>
      )}
    </>
  );
}

function entryKindName(entry: Extract<TimelineEntry, { kind: 'gesture' }>): string {
  return kindNames[gestureKind(entry.gesture.type)];
}

function EntryBody({
  entry,
  contactName,
  accountName,
}: {
  entry: Exclude<TimelineEntry, NoteEntry>;
  contactName: string;
  accountName: string | null;
}) {
  if (entry.kind === 'deal') {
    const account = accountName ?? 'the account';
    const whose =
      entry.attribution === 'contact'
        ? `Attributed to ${contactName}`
        : entry.attribution === 'account'
          ? `Attributed to ${account}, not to one person`
          : `Attributed to a colleague at ${account}`;
    return (
      <p className="timeline-text">
        {amountFormat.format(entry.deal.amount)}
        {entry.deal.description ? ` · ${entry.deal.description}` : ''} · {whose}
      </p>
    );
  }
  const { gesture } = entry;
  return (
    <>
      {(gesture.title || gesture.url) && (
        <p className="timeline-text">
          {gesture.url ? (
            <a href={gesture.url} target="_blank" rel="noreferrer noopener">
              {gesture.title ?? gesture.url}
            </a>
          ) : (
            gesture.title
          )}
        </p>
      )}
      {gesture.outcome && <p className="timeline-text">Answer: {askOutcomeLabels[gesture.outcome]}</p>}
      {gesture.note && <p className="timeline-text">{gesture.note}</p>}
    </>
  );
}

function entryName(entry: TimelineEntry): string {
  return `${describeEntry(entry)} of ${day(entry.at)}`;
}

function DeleteButton({
  entry,
  onDelete,
}: {
  entry: DeletableEntry;
  onDelete: TimelineListProps['onDelete'];
}) {
  return (
    <button
      type="button"
      className="timeline-delete"
      aria-label={`Delete ${entryName(entry)}`}
      onClick={() => onDelete(entry)}
    >
      Delete
    </button>
  );
}

function EntryActions({
  entry,
  onDelete,
  onSetOutcome,
}: {
  entry: Exclude<TimelineEntry, NoteEntry>;
  onDelete: TimelineListProps['onDelete'];
  onSetOutcome: TimelineListProps['onSetOutcome'];
}) {
  if (entry.kind === 'deal') return null;
  const what = entryName(entry);
  const pendingAsk = entry.gesture.outcome === 'pending';
  return (
    <div className="timeline-actions">
      {pendingAsk &&
        (['yes', 'no'] as const).map((outcome) => (
          <button
            key={outcome}
            type="button"
            aria-label={`${what}: ${askOutcomeLabels[outcome]}`}
            onClick={() => onSetOutcome(entry.id, outcome)}
          >
            {outcome === 'yes' ? 'They said yes' : 'They said no'}
          </button>
        ))}
      <DeleteButton entry={entry} onDelete={onDelete} />
    </div>
  );
}

export function BalanceSummary({ balance }: { balance: GiveAskBalance }) {
  return (
    <p className="timeline-balance">
      Last {balance.windowDays} days: {plural(balance.gives, 'give')}, {plural(balance.asks, 'ask')}.
      {balance.warning && (
        <strong className="timeline-warning"> Asking more than giving: {balance.warning}.</strong>
      )}
    </p>
  );
}
