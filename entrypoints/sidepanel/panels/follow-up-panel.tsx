/**
 * Cadence and follow-ups for one contact: the cadence in force and where it
 * comes from (set one for this contact or go back to the default), the next
 * follow-up with its due state, the open follow-ups (complete one), a new
 * dated follow-up, and snoozing. Every change can be undone.
 */
import { format } from 'date-fns';
import { useLiveQuery } from 'dexie-react-hooks';
import { useId } from 'react';
import { ActionStatus } from '../../../components/common/action-status';
import { CadenceEditor, FollowUpForm, SnoozeControls } from '../../../components/follow-ups/follow-up-forms';
import { FollowUpList, NextFollowUp } from '../../../components/follow-ups/follow-up-status';
import { setContactCadence, undoCadenceChange } from '../../../lib/db/cadence-actions';
import { db as appDb, type RapportDatabase } from '../../../lib/db/database';
import {
  completeFollowUp,
  setFollowUp,
  snoozeContact,
  undoFollowUpChange,
} from '../../../lib/db/follow-up-actions';
import { followUpClock, loadFollowUpView } from '../../../lib/db/follow-up-view';
import { dueState } from '../../../lib/domain/due';
import { useUndoable } from './use-undoable';
import './panels.css';

export interface FollowUpPanelProps {
  contactId: string;
  now?: () => number;
  db?: RapportDatabase;
}

export function FollowUpPanel({ contactId, now = Date.now, db: database = appDb }: FollowUpPanelProps) {
  const headingId = useId();
  const status = useUndoable();
  const view = useLiveQuery(() => loadFollowUpView(contactId, database), [contactId, database]);
  const at = now();

  let body;
  if (view === undefined) body = <p className="panel-note">Loading…</p>;
  else if (view === null) body = <p className="panel-empty">This person is no longer in Rapport.</p>;
  else {
    const clock = followUpClock(view, at);
    const due = dueState(clock, at, view.dueSoonDays);
    const open = view.followUps
      .filter((followUp) => followUp.doneAt === null && followUp.source !== 'cadence')
      .sort((a, b) => a.dueAt - b.dueAt);
    body = (
      <>
        <h3>Next</h3>
        <NextFollowUp due={due} cadence={view.cadence} lastGiveAt={clock.lastGiveAt} now={at} />
        <h3>Cadence</h3>
        <CadenceEditor
          cadence={view.cadence}
          defaultCadence={view.defaultCadence}
          tier={view.tier}
          onSet={(days) =>
            void status.run(async () => {
              const before = await setContactCadence(contactId, days, now(), database);
              return {
                message:
                  days === null
                    ? `Cadence back to the default: every ${view.defaultCadence.days} days`
                    : `Cadence set to every ${days} days`,
                undo: () => undoCadenceChange(before, database),
              };
            })
          }
        />
        <h3>Open follow-ups</h3>
        <FollowUpList
          followUps={open}
          cadenceDays={view.cadence.days}
          dueSoonDays={view.dueSoonDays}
          now={at}
          onComplete={(followUp) =>
            void status.run(async () => {
              const change = await completeFollowUp(followUp.id, now(), database);
              if (change.before.followUps.length === 0) return null;
              return {
                message: `Marked done: ${followUp.reason}`,
                undo: () => undoFollowUpChange(change, database),
              };
            })
          }
        />
        <SnoozeControls
          now={at}
          onSnooze={(until, when) =>
            void status.run(async () => {
              const change = await snoozeContact(contactId, until, now(), database);
              return {
                message: `Snoozed ${view.contact.name} ${when}`,
                undo: () => undoFollowUpChange(change, database),
              };
            })
          }
        />
        <FollowUpForm
          now={at}
          onSubmit={(request) =>
            status.run(async () => {
              const change = await setFollowUp({ contactId, ...request }, now(), database);
              return {
                message: `Follow-up set for ${format(request.dueAt, 'EEE d MMM')}: ${request.reason}`,
                undo: () => undoFollowUpChange(change, database),
              };
            })
          }
        />
      </>
    );
  }

  return (
    <section className="panel follow-up-panel" aria-labelledby={headingId}>
      <h2 id={headingId}>Follow-up</h2>
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
