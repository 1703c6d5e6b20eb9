/** The next follow-up (what makes the contact due, and when) and the list of open follow-ups. */
import { format } from 'date-fns';
import type { FollowUp } from '../../lib/db/schema';
import type { ResolvedCadence } from '../../lib/domain/cadence';
import { agoPhrase, duePhrase } from '../../lib/domain/day-phrases';
import { followUpStatus, type DueState, type DueStatus } from '../../lib/domain/due';
import './follow-ups.css';

export const dueStatusLabels: Readonly<Record<DueStatus, string>> = {
  upcoming: 'Upcoming',
  'due-soon': 'Due soon',
  'due-today': 'Due today',
  overdue: 'Overdue',
  'badly-overdue': 'Badly overdue',
  snoozed: 'Snoozed',
};

function when(due: Pick<DueState, 'status' | 'dueAt'>, now: number): string {
  return due.status === 'snoozed'
    ? `snoozed until ${format(due.dueAt, 'EEE d MMM, HH:mm')}`
    : duePhrase(due.dueAt, now);
}

export interface NextFollowUpProps {
  due: DueState;
  cadence: ResolvedCadence;
  lastGiveAt: number | null;
  now: number;
}

export function NextFollowUp({ due, cadence, lastGiveAt, now }: NextFollowUpProps) {
  const why =
    due.followUp === null
      ? `The cadence: every ${cadence.days} days since ${lastGiveAt === null ? 'they were added (nothing given yet)' : `the last give (${agoPhrase(lastGiveAt, now)})`}. Log a gesture to answer it.`
      : `${due.followUp.source === 'goal' ? 'Goal step' : 'Follow-up'}: ${due.followUp.reason}`;
  return (
    <div className={`next-follow-up due-${due.status}`}>
      <p className="next-follow-up-when">
        <span className="due-chip">{dueStatusLabels[due.status]}</span> {when(due, now)}
      </p>
      <p className="next-follow-up-why">{why}</p>
    </div>
  );
}

export interface FollowUpListProps {
  /** Open explicit follow-ups (manual and goal). */
  followUps: readonly FollowUp[];
  cadenceDays: number;
  dueSoonDays: number;
  now: number;
  onComplete(followUp: FollowUp): void;
}

export function FollowUpList({ followUps, cadenceDays, dueSoonDays, now, onComplete }: FollowUpListProps) {
  if (followUps.length === 0) {
    return <p className="panel-empty">No follow-up set. Set one below to be reminded on a given day.</p>;
  }
  return (
    <ul className="panel-list follow-up-list">
      {followUps.map((followUp) => {
        const status = followUpStatus(followUp, cadenceDays, now, dueSoonDays);
        const at = Math.max(followUp.dueAt, followUp.snoozedUntil ?? followUp.dueAt);
        return (
          <li key={followUp.id} className={`due-${status}`}>
            <span className="follow-up-reason">
              {followUp.source === 'goal' ? 'Goal step: ' : ''}
              {followUp.reason}
            </span>{' '}
            <span className="follow-up-when">
              {status === 'done' ? 'done' : when({ status, dueAt: at }, now)}
            </span>
            <button
              type="button"
              aria-label={`Mark done: ${followUp.reason}`}
              onClick={() => onComplete(followUp)}
            >
              Done
            </button>
          </li>
        );
      })}
    </ul>
  );
}
