/** One goal: target, deadline, progress (evidence met / total), the evidence checklist and the action steps. */
import { differenceInCalendarDays, format } from 'date-fns';
import { useId } from 'react';
import type { Goal } from '../../lib/db/schema';
import { duePhrase } from '../../lib/domain/day-phrases';
import { goalProgress } from '../../lib/domain/goals';
import { plural } from '../../lib/domain/plural';
import './goals.css';

export interface GoalCardProps {
  goal: Goal;
  /** The target level's name, when the goal sets one. */
  targetLevelName: string | null;
  /** Whether the target level or revenue is reached (goals.ts goalTargetReached); null when that cannot be told. */
  targetReached: boolean | null;
  now: number;
  onToggleEvidence(evidenceId: string, met: boolean): void;
  onToggleStep(stepId: string, done: boolean): void;
  onSetStatus(status: 'achieved' | 'abandoned'): void;
  onDelete(): void;
}

const amount = new Intl.NumberFormat(undefined, { maximumFractionDigits: 2 });

function deadlineText(goal: Goal, now: number): string {
  const when = `by ${format(goal.deadline, 'd MMM yyyy')}`;
  return goal.status === 'open' && differenceInCalendarDays(goal.deadline, now) < 0
    ? `${when} (passed)`
    : when;
}

export function GoalCard({
  goal,
  targetLevelName,
  targetReached,
  now,
  onToggleEvidence,
  onToggleStep,
  onSetStatus,
  onDelete,
}: GoalCardProps) {
  const headingId = useId();
  const progress = goalProgress(goal);
  const targets = [
    targetLevelName !== null ? `reach ${targetLevelName}` : null,
    goal.targetRevenue !== null ? `revenue ${amount.format(goal.targetRevenue)}` : null,
  ].filter((t) => t !== null);
  return (
    <article className={`goal-card goal-${goal.status}`} aria-labelledby={headingId}>
      <h4 id={headingId}>{goal.title}</h4>
      <p className="goal-meta">
        {targets.length > 0 ? `Target: ${targets.join(', ')} ` : ''}
        {deadlineText(goal, now)}
        {goal.status !== 'open' && (
          <strong> · {goal.status === 'achieved' ? 'Achieved' : 'Abandoned'}</strong>
        )}
      </p>
      {goal.status === 'open' && targetReached !== null && (
        <p className={targetReached ? 'goal-target goal-target-reached' : 'goal-target'}>
          {targetReached ? 'Target reached' : 'Target not reached yet'}
        </p>
      )}
      <p className="goal-progress">
        <progress
          value={progress.met}
          max={Math.max(progress.total, 1)}
          aria-label={`Progress of ${goal.title}`}
        />{' '}
        {progress.met} of {plural(progress.total, 'evidence item')} met
      </p>
      <h5>Evidence</h5>
      <ul className="goal-checklist">
        {goal.evidence.map((item) => (
          <li key={item.id}>
            <label>
              <input
                type="checkbox"
                checked={item.met}
                onChange={(event) => onToggleEvidence(item.id, event.target.checked)}
              />
              {item.text}
            </label>
          </li>
        ))}
      </ul>
      {goal.steps.length > 0 && (
        <>
          <h5>Action steps</h5>
          <ul className="goal-checklist">
            {[...goal.steps]
              .sort((a, b) => a.dueAt - b.dueAt)
              .map((step) => (
                <li key={step.id}>
                  <label>
                    <input
                      type="checkbox"
                      checked={step.doneAt !== null}
                      onChange={(event) => onToggleStep(step.id, event.target.checked)}
                    />
                    {step.text}
                  </label>{' '}
                  <span className="goal-step-when">
                    {step.doneAt !== null
                      ? `done ${format(step.doneAt, 'd MMM')}`
                      : duePhrase(step.dueAt, now)}
                  </span>
                </li>
              ))}
          </ul>
        </>
      )}
      <div className="panel-actions">
        {goal.status === 'open' && (
          <>
            <button
              type="button"
              aria-label={`Mark achieved: ${goal.title}`}
              onClick={() => onSetStatus('achieved')}
            >
              Mark achieved
            </button>
            <button
              type="button"
              aria-label={`Abandon: ${goal.title}`}
              onClick={() => onSetStatus('abandoned')}
            >
              Abandon
            </button>
          </>
        )}
        <button type="button" className="danger" aria-label={`Delete goal: ${goal.title}`} onClick={onDelete}>
          Delete
        </button>
      </div>
    </article>
  );
}
