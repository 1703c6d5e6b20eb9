/**
 * The dashboard's goals view: every open relationship goal across all
 * accounts (lib/db/goal-portfolio.ts), live, with the same edits the
 * sidebar's goals panel offers (tick evidence and steps, achieve, abandon,
 * delete), each with its undo.
 */
import { useLiveQuery } from 'dexie-react-hooks';
import { useId } from 'react';
import { ActionStatus } from '../../../components/common/action-status';
import { GoalsOverview } from '../../../components/goals/goals-overview';
import type { RapportDatabase } from '../../../lib/db/database';
import { restoreDeleted } from '../../../lib/db/deletion';
import {
  deleteGoal,
  setEvidenceMet,
  setGoalStatus,
  setStepDone,
  undoGoalChange,
  type GoalChange,
} from '../../../lib/db/goal-actions';
import { loadGoalPortfolio } from '../../../lib/db/goal-portfolio';
import { useUndoable } from '../../sidepanel/panels/use-undoable';
import { useRememberedState } from '../../../components/common/view-memory';

export interface GoalsViewProps {
  database: RapportDatabase;
  now: () => number;
  onOpenContact(contactId: string): void;
}

export function GoalsView({ database, now, onOpenContact }: GoalsViewProps) {
  const headingId = useId();
  const status = useUndoable();
  const [overdueOnly, setOverdueOnly] = useRememberedState('goals.overdueOnly', false);
  const portfolio = useLiveQuery(() => loadGoalPortfolio(now(), database), [database, now]);

  const titleOf = (goalId: string) =>
    portfolio?.groups.flatMap((group) => group.goals).find((entry) => entry.goal.id === goalId)?.goal.title ??
    'goal';

  const change = (message: string, write: () => Promise<GoalChange>) =>
    void status.run(async () => {
      const done = await write();
      return { message, undo: () => undoGoalChange(done, database) };
    });

  return (
    <section className="goals-view" aria-labelledby={headingId}>
      <h2 id={headingId}>Goals</h2>
      {portfolio === undefined ? (
        <p className="muted" role="status">
          Loading the goals…
        </p>
      ) : (
        <GoalsOverview
          groups={portfolio.groups}
          closedCount={portfolio.closedCount}
          now={portfolio.now}
          overdueOnly={overdueOnly}
          onOverdueOnlyChange={setOverdueOnly}
          onOpenContact={onOpenContact}
          onToggleEvidence={(goalId, evidenceId, met) =>
            change(met ? 'Evidence ticked' : 'Evidence unticked', () =>
              setEvidenceMet(goalId, evidenceId, met, now(), database),
            )
          }
          onToggleStep={(goalId, stepId, done) =>
            change(done ? 'Step done; its follow-up is closed' : 'Step reopened', () =>
              setStepDone(goalId, stepId, done, now(), database),
            )
          }
          onSetStatus={(goalId, next) =>
            change(`Goal ${next === 'achieved' ? 'achieved' : 'abandoned'}: ${titleOf(goalId)}`, () =>
              setGoalStatus(goalId, next, now(), database),
            )
          }
          onDelete={(goalId) => {
            const title = titleOf(goalId);
            void status.run(async () => {
              const snapshot = await deleteGoal(goalId, database);
              if (snapshot === null) return null;
              return { message: `Goal deleted: ${title}`, undo: () => restoreDeleted(snapshot, database) };
            });
          }}
        />
      )}
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
