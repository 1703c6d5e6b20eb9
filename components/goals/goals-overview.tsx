/**
 * The relationship goals across all accounts (the dashboard's goals view):
 * grouped by account, each goal with whom it is for (a button that opens
 * that contact), its card (goal-card.tsx: target, deadline, progress,
 * evidence and steps) and its overdue steps called out above the card. A
 * switch narrows the list to goals with overdue steps; achieved and
 * abandoned goals are counted, not shown. Back from a contact's page puts
 * the focus on the name the contact was opened with.
 */
import { useId, type Ref } from 'react';
import { duePhrase } from '../../lib/domain/day-phrases';
import { plural } from '../../lib/domain/plural';
import { onlyOverdue, type GoalEntry, type GoalGroup } from '../../lib/portfolio/goal-groups';
import { useReturnFocus } from '../common/return-focus';
import { AccountGoalFor } from './account-goal-for';
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
  const entries = shown.flatMap((group) => group.goals);
  const returnFocus = useReturnFocus('goals', {
    indexOf: (spot) => entries.findIndex((entry) => namesContact(entry) && spotOf(entry) === spot),
  });
  const openContact = (entry: GoalEntry) => {
    returnFocus.leave(spotOf(entry));
    props.onOpenContact(entry.contactId!);
  };
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
              <GoalItem
                key={entry.goal.id}
                entry={entry}
                {...props}
                onOpenContact={() => openContact(entry)}
                contactRef={returnFocus.anchor(spotOf(entry))}
              />
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}

/** Whether the goal names whom its follow-ups go to, with a button that opens them. */
const namesContact = (entry: GoalEntry) => entry.contactId !== null && entry.contactName !== null;

/** A goal's button for its contact, told apart from the same contact's on another goal. */
const spotOf = (entry: GoalEntry) => JSON.stringify([entry.goal.id, entry.contactId]);

interface GoalItemProps extends GoalActions {
  entry: GoalEntry;
  now: number;
  /** Opens the contact the goal names. */
  onOpenContact(): void;
  /** The ref for the button that names the contact. */
  contactRef: Ref<HTMLButtonElement> | undefined;
}

function GoalItem({
  entry,
  now,
  onOpenContact,
  contactRef,
  onToggleEvidence,
  onToggleStep,
  onSetStatus,
  onDelete,
}: GoalItemProps) {
  const { goal, view } = entry;
  const overdue = view.overdueSteps;
  const contact = namesContact(entry) ? (
    <button ref={contactRef} type="button" className="link-button" onClick={onOpenContact}>
      {entry.contactName}
    </button>
  ) : null;
  return (
    <li className={overdue.length > 0 ? 'goal-entry has-overdue' : 'goal-entry'}>
      <p className="goal-for">
        {goal.accountId !== null ? <AccountGoalFor recipient={contact} /> : <>Goal for {contact}</>}
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
