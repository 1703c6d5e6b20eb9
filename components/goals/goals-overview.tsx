/**
 * The relationship goals across all accounts (the dashboard's goals view):
 * grouped by account, each goal with whom it is for (a button that opens
 * that contact), its card (goal-card.tsx: target, deadline, progress,
 * evidence and steps) and its overdue steps called out above the card. A
 * switch narrows the list to goals with overdue steps; achieved and
 * abandoned goals are counted, not shown.
 */
import { useId } from 'react';
import { duePhrase } from '../../lib/domain/day-phrases';
import { plural } from '../../lib/domain/plural';
import { onlyOverdue, type GoalEntry, type GoalGroup } from '../../lib/portfolio/goal-groups';
import { GoalCard } from './goal-card';
import './goals-overview.css';

export interface GoalActions {
  onToggleEvidence(goalId: string, evidenceId: string, met: boolean): void;
  onToggleStep(goalId: string, stepId: string, done: boolean): void;
  onSetStatus(goalId: string, status: 'achieved' | 'abandoned'): void;
  onDelete(goalId: string): void;
}

export interface GoalsOverviewProps extends GoalActions {
  groups: readonly GoalGroup[];
  closedCount: number;
  now: number;
  overdueOnly: boolean;
  onOverdueOnlyChange(overdueOnly: boolean): void;
  onOpenContact(contactId: string): void;
}

export function GoalsOverview(props: GoalsOverviewProps) {
  const { groups, closedCount, overdueOnly, onOverdueOnlyChange } = props;
  const filterId = useId();
  const total = groups.reduce((sum, group) => sum + group.goals.length, 0);
  const overdueGroups = onlyOverdue(groups);
  const overdueCount = overdueGroups.reduce((sum, group) => sum + group.goals.length, 0);
  const shown = overdueOnly ? overdueGroups : groups;
  const closed = closedCount === 0 ? '' : ` ${plural(closedCount, 'goal')} achieved or abandoned, not shown.`;

  if (total === 0) {
    return (
      <div className="goals-overview">
        <p className="goals-empty">
          No open goals.{closed} A goal says where you want a relationship to be and by when (say, “a
          reference from Acme by March”), how you will know you got there, and the steps to take, each of
          which becomes a follow-up. To add one, open a contact (from Contacts or Accounts) and choose “New
          goal” in their Goals panel.
        </p>
      </div>
    );
  }

  return (
    <div className="goals-overview">
      <div className="goals-controls">
        <label className="goals-filter" htmlFor={filterId}>
          <input
            id={filterId}
            type="checkbox"
            checked={overdueOnly}
            onChange={(event) => onOverdueOnlyChange(event.target.checked)}
          />
          Only goals with overdue steps ({overdueCount})
        </label>
        <p className="goals-count" role="status" aria-live="polite">
          {overdueOnly
            ? `${plural(overdueCount, 'goal')} with overdue steps, of ${total} open.`
            : `${plural(total, 'open goal')}, ${overdueCount} with overdue steps.`}
          {closed}
        </p>
      </div>
      {shown.length === 0 ? (
        <p className="goals-empty">
          No goal has an overdue step. Untick the box above to see every open goal.
        </p>
      ) : null}
      {shown.map((group) => (
        <section
          key={group.accountId ?? 'none'}
          className="goals-group"
          aria-labelledby={`goals-${group.accountId ?? 'none'}`}
        >
          <h3 id={`goals-${group.accountId ?? 'none'}`}>{group.accountName ?? 'People at no account'}</h3>
          <ul className="goals-list">
            {group.goals.map((entry) => (
              <GoalItem key={entry.goal.id} entry={entry} {...props} />
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}

function GoalItem({
  entry,
  now,
  onOpenContact,
  onToggleEvidence,
  onToggleStep,
  onSetStatus,
  onDelete,
}: { entry: GoalEntry; now: number } & Pick<GoalsOverviewProps, 'onOpenContact'> & GoalActions) {
  const { goal, view } = entry;
  const overdue = view.overdueSteps;
  return (
    <li className={overdue.length > 0 ? 'goal-entry has-overdue' : 'goal-entry'}>
      <p className="goal-for">
        {goal.accountId !== null ? 'Account goal' : 'Goal'}
        {entry.contactId !== null && entry.contactName !== null ? (
          <>
            {goal.accountId !== null ? ', follow-ups go to ' : ' for '}
            <button type="button" className="link-button" onClick={() => onOpenContact(entry.contactId!)}>
              {entry.contactName}
            </button>
          </>
        ) : (
          ': nobody is left at the account to follow it up'
        )}
        {' · '}
        {view.daysToDeadline < 0
          ? `deadline passed ${plural(-view.daysToDeadline, 'day')} ago`
          : view.daysToDeadline === 0
            ? 'deadline today'
            : `${plural(view.daysToDeadline, 'day')} to the deadline`}
      </p>
      {overdue.length > 0 ? (
        <div className="goal-overdue">
          <strong>{plural(overdue.length, 'step')} overdue:</strong>
          <ul>
            {overdue.map((step) => (
              <li key={step.id}>
                {step.text} ({duePhrase(step.dueAt, now)})
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      <GoalCard
        goal={goal}
        targetLevelName={entry.targetLevelName}
        targetReached={view.targetReached}
        now={now}
        onToggleEvidence={(evidenceId, met) => onToggleEvidence(goal.id, evidenceId, met)}
        onToggleStep={(stepId, done) => onToggleStep(goal.id, stepId, done)}
        onSetStatus={(status) => onSetStatus(goal.id, status)}
        onDelete={() => onDelete(goal.id)}
      />
    </li>
  );
}
