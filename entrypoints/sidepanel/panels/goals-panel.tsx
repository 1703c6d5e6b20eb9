/**
 * Goals for the person in view and for their account: create one with its
 * evidence checklist and action plan (each step's date becomes a follow-up),
 * tick evidence and steps, mark it achieved or abandoned, delete it. Every
 * change can be undone. The form opens in place of "New goal", and closing
 * it (Cancel, or the goal created) gives the focus back to that button: the
 * new goal's card is listed above it and the creation's Undo is the next
 * Tab stop after it, where a removed form would have dropped the focus to
 * the top of the page.
 */
import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useId, useRef, useState } from 'react';
import { ActionStatus } from '../../../components/common/action-status';
import { GoalCard } from '../../../components/goals/goal-card';
import { GoalForm } from '../../../components/goals/goal-form';
import { db as appDb, type RapportDatabase } from '../../../lib/db/database';
import { restoreDeleted } from '../../../lib/db/deletion';
import {
  createGoalWithPlan,
  deleteGoal,
  loadGoals,
  setEvidenceMet,
  setGoalStatus,
  setStepDone,
  undoGoalChange,
  type GoalChange,
  type GoalsOfContact,
} from '../../../lib/db/goal-actions';
import type { Goal } from '../../../lib/db/schema';
import { getSetting, ladderSetting } from '../../../lib/db/settings';
import { goalTargetReached } from '../../../lib/domain/goals';
import { useUndoable } from './use-undoable';
import './panels.css';

export interface GoalsPanelProps {
  contactId: string;
  accountId: string | null;
  now?: () => number;
  db?: RapportDatabase;
}

export function GoalsPanel({ contactId, accountId, now = Date.now, db: database = appDb }: GoalsPanelProps) {
  const headingId = useId();
  const status = useUndoable();
  const [creating, setCreating] = useState(false);
  const goals = useLiveQuery(
    () => loadGoals(contactId, accountId, database),
    [contactId, accountId, database],
  );
  const ladder = useLiveQuery(() => getSetting(ladderSetting, database), [database]);
  const levels = ladder?.levels ?? [];
  const levelName = (id: string | null) =>
    id === null ? null : (levels.find((l) => l.id === id)?.name ?? id);
  const at = now();

  const newGoal = useRef<HTMLButtonElement>(null);
  // Only a form that closes gives the focus back: the button shown as the panel opens must not take it.
  const closing = useRef(false);
  useEffect(() => {
    if (!creating && closing.current) newGoal.current?.focus();
    closing.current = false;
  }, [creating]);
  const closeForm = () => {
    closing.current = true;
    setCreating(false);
  };

  const change = (message: string, write: () => Promise<GoalChange>) =>
    void status.run(async () => {
      const done = await write();
      return { message, undo: () => undoGoalChange(done, database) };
    });

  const targetReached = (goal: Goal, targets: GoalsOfContact['targets']) =>
    ladder === undefined
      ? null
      : goalTargetReached(goal, {
          ladder,
          levelId: goal.contactId === null ? targets.accountOwnerLevelId : targets.contactLevelId,
          revenue: targets.revenue,
        });

  const card = (goal: Goal, targets: GoalsOfContact['targets']) => (
    <li key={goal.id}>
      <GoalCard
        goal={goal}
        targetLevelName={levelName(goal.targetLevelId)}
        targetReached={targetReached(goal, targets)}
        now={at}
        onToggleEvidence={(evidenceId, met) =>
          change(met ? 'Evidence ticked' : 'Evidence unticked', () =>
            setEvidenceMet(goal.id, evidenceId, met, now(), database),
          )
        }
        onToggleStep={(stepId, done) =>
          change(done ? 'Step done; its follow-up is closed' : 'Step reopened', () =>
            setStepDone(goal.id, stepId, done, now(), database),
          )
        }
        onSetStatus={(next) =>
          change(`Goal ${next === 'achieved' ? 'achieved' : 'abandoned'}: ${goal.title}`, () =>
            setGoalStatus(goal.id, next, now(), database),
          )
        }
        onDelete={() =>
          void status.run(async () => {
            const snapshot = await deleteGoal(goal.id, database);
            if (snapshot === null) return null;
            return { message: `Goal deleted: ${goal.title}`, undo: () => restoreDeleted(snapshot, database) };
          })
        }
      />
    </li>
  );

  let body;
  if (goals === undefined) body = <p className="panel-note">Loading…</p>;
  else if (goals === null) body = <p className="panel-empty">This person is no longer in Rapport.</p>;
  else {
    const none = goals.contactGoals.length === 0 && goals.accountGoals.length === 0;
    body = (
      <>
        {none && !creating && (
          <p className="panel-empty">
            No goals yet. A goal says where you want this relationship to be and by when (say, “a reference by
            March”), how you will know you got there, and the steps to take, each of which becomes a
            follow-up.
          </p>
        )}
        {goals.contactGoals.length > 0 && (
          <>
            <h3>{goals.contactName}</h3>
            <ul className="panel-list">{goals.contactGoals.map((goal) => card(goal, goals.targets))}</ul>
          </>
        )}
        {goals.accountGoals.length > 0 && (
          <>
            <h3>{goals.accountName ?? 'Their account'}</h3>
            <ul className="panel-list">{goals.accountGoals.map((goal) => card(goal, goals.targets))}</ul>
          </>
        )}
        {creating ? (
          <GoalForm
            contactName={goals.contactName}
            accountName={accountId === null ? null : (goals.accountName ?? 'Their account')}
            accountFollowUpsTo={goals.accountFollowUpsTo}
            levels={levels}
            now={at}
            onCancel={closeForm}
            onCreate={async (draft) => {
              const saved = await status.run(async () => {
                const made = await createGoalWithPlan({ contactId, accountId }, draft, now(), database);
                return {
                  message: `Goal created: ${draft.title}`,
                  undo: () => undoGoalChange(made, database),
                };
              });
              if (saved) closeForm();
              return saved;
            }}
          />
        ) : (
          <button type="button" ref={newGoal} className="goal-new" onClick={() => setCreating(true)}>
            New goal
          </button>
        )}
      </>
    );
  }

  return (
    <section className="panel goals-panel" aria-labelledby={headingId}>
      <h2 id={headingId}>Goals</h2>
      {body}
      <ActionStatus
        undoMessage={status.undoMessage}
        notice={status.notice}
        error={status.error}
        onUndo={() => void status.undo()}
        onDismiss={status.dismiss}
      />
    </section>
  );
}
