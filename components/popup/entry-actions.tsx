/**
 * What can be done for one person in the list, over the list: mark it done
 * by logging a gesture, snooze it, open them in the sidebar, or reach them
 * (LinkedIn profile, email). Escape or "Back to the list" closes it.
 */
import { useEffect, useId, useRef } from 'react';
import type { FollowUp, GestureType } from '../../lib/db/schema';
import { duePhrase } from '../../lib/domain/day-phrases';
import type { AskOutcome } from '../../lib/domain/gesture-labels';
import type { ActionMode } from '../../lib/popup/ui-store';
import { articleRecordingNote } from '../../lib/sidebar/article-page';
import {
  followUpDueAt,
  linkedinProfileUrl,
  mailtoUrl,
  type ReminderPerson,
} from '../../lib/popup/reminder-data';
import { GestureButtons } from '../gestures/gesture-buttons';
import { LevelChip } from './level-chip';
import { SnoozeMenu } from './snooze-menu';

export interface EntryActionsProps {
  person: ReminderPerson;
  lateness: string;
  reasons: string[];
  /** The person's open follow-ups, soonest first; undefined while they load. */
  followUps: readonly FollowUp[] | undefined;
  /** Those of them that logging a give here would close (popup-actions.ts, closedByDone). */
  closedByGive: readonly FollowUp[];
  /** The page "Shared an article" records (the tab being read), or null when it records none. */
  article: { url: string; title: string } | null;
  now: number;
  mode: ActionMode;
  busy: boolean;
  error: string | null;
  /** False when there is no tab to open the sidebar beside. */
  canOpenSidebar: boolean;
  onModeChange(mode: ActionMode): void;
  onLog(type: GestureType, outcome?: AskOutcome): void;
  onSnooze(until: number, when: string): void;
  onOpenSidebar(): void;
  onClose(): void;
}

export function EntryActions({
  person,
  lateness,
  reasons,
  followUps,
  closedByGive,
  article,
  now,
  mode,
  busy,
  error,
  canOpenSidebar,
  onModeChange,
  onLog,
  onSnooze,
  onOpenSidebar,
  onClose,
}: EntryActionsProps) {
  const headingId = useId();
  const firstRef = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (mode === 'menu') firstRef.current?.focus();
  }, [mode, person.contactId]);
  return (
    <section
      className="entry-actions"
      aria-labelledby={headingId}
      onKeyDown={(event) => {
        if (event.key !== 'Escape') return;
        event.preventDefault();
        if (mode === 'menu') onClose();
        else onModeChange('menu');
      }}
    >
      <div className="entry-actions-head">
        <h2 id={headingId}>{person.name}</h2>
        <button type="button" className="quiet" onClick={onClose}>
          Back to the list
        </button>
      </div>
      <p className="entry-actions-who">
        {person.accountName && <span>{person.accountName} · </span>}
        <LevelChip name={person.level.name} color={person.level.color} />
      </p>
      <p className="entry-actions-why">
        {lateness}
        {reasons.length > 0 && ` · ${reasons.join(' · ')}`}
      </p>
      {followUps && followUps.length > 0 && (
        <ul className="entry-actions-follow-ups" aria-label="Open follow-ups">
          {followUps.map((followUp) => (
            <li key={followUp.id}>
              {followUp.source === 'goal' ? 'Goal step: ' : 'Follow-up: '}
              {followUp.reason} <span className="muted">· {duePhrase(followUpDueAt(followUp), now)}</span>
            </li>
          ))}
        </ul>
      )}
      {error && (
        <p className="popup-error" role="alert">
          {error}
        </p>
      )}
      {mode === 'menu' && (
        <div className="entry-actions-menu">
          <button type="button" ref={firstRef} disabled={busy} onClick={() => onModeChange('done')}>
            Done: log a gesture
          </button>
          <button type="button" disabled={busy} onClick={() => onModeChange('snooze')}>
            Snooze
          </button>
          {canOpenSidebar && (
            <button type="button" onClick={onOpenSidebar}>
              Open in sidebar
            </button>
          )}
          {person.linkedinSlug && (
            <a
              className="button"
              href={linkedinProfileUrl(person.linkedinSlug)}
              target="_blank"
              rel="noreferrer"
            >
              Open LinkedIn profile
            </a>
          )}
          {person.email && (
            <a className="button" href={mailtoUrl(person.email)} target="_blank" rel="noreferrer">
              Compose email
            </a>
          )}
        </div>
      )}
      {mode === 'done' && (
        <div className="entry-actions-done">
          <button type="button" className="quiet" onClick={() => onModeChange('menu')}>
            Back to actions
          </button>
          <p>What did you do for {person.name}?</p>
          {closedByGive.length > 0 && (
            <p className="entry-actions-closes">
              A give also closes {closedByGive.length === 1 ? 'the follow-up' : 'the follow-ups'}{' '}
              {closedByGive.map((followUp) => `“${followUp.reason}”`).join(', ')}.
            </p>
          )}
          <p className="entry-actions-article">{articleRecordingNote(article)}</p>
          <GestureButtons onLog={onLog} autoFocus disabled={busy} />
        </div>
      )}
      {mode === 'snooze' && (
        <div className="entry-actions-snooze">
          <button type="button" className="quiet" onClick={() => onModeChange('menu')}>
            Back to actions
          </button>
          <p>Remind me about {person.name}:</p>
          <SnoozeMenu now={now} onSnooze={onSnooze} disabled={busy} />
        </div>
      )}
    </section>
  );
}
